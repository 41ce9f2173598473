/**
 * Entry of the worker threads (loaded by piscina, see pool.ts): renders PDFs and exports and runs the
 * matching, off the HTTP event loop. Each thread keeps one read-only connection per database file, and its
 * own font and solver caches, for its lifetime.
 */
import { threadId } from 'node:worker_threads';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { matchProjects, tradeOff } from '../../domain/land-balance/index.ts';
import { getDatasetInfo } from '../db/queries/meta.ts';
import { ApiError } from '../errors.ts';
import type { LandBalanceData } from '../land-balance/service.ts';
import { solverContext } from '../land-balance/solver.ts';
import { matchesView } from '../land-balance/view.ts';
import { EXPORT_FORMATS } from '../reports/export-writers.ts';
import { fileName } from '../reports/filename.ts';
import { gatherDossier, gatherParcelList, gatherPlatformReport } from '../reports/gather-models.ts';
import { parcelDossierPdf } from '../reports/parcel-dossier-pdf.ts';
import { platformReportPdf } from '../reports/platform-report-pdf.ts';
import { printMapPdf } from '../reports/print/print-map-pdf.ts';
import { gatherPrintModel } from '../reports/print/print-model.ts';
import { zoneSlug } from '../reports/zone-name.ts';
import type { ReadDeps } from '../routes/deps.ts';
import type { ExportFile, JobOutput, JobTask, ReadContext, TaskOf, WorkerReply } from './tasks.ts';

/** Milliseconds a read waits for a lock before failing, as on the main connection. */
const BUSY_TIMEOUT_MS = 5000;

const connections = new Map<string, Database>();

function connection(path: string): Database {
  let db = connections.get(path);
  if (!db) {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    connections.set(path, db);
  }
  return db;
}

/** The settings the report gatherers read, rebuilt in the worker from the task (no HTTP-side deps). */
function readDeps(ctx: ReadContext): ReadDeps {
  const db = connection(ctx.dbPath);
  const now = new Date(ctx.now);
  return {
    db,
    clock: () => now,
    dataset: getDatasetInfo(db),
    referenceDate: ctx.referenceDate,
    tiandituKey: null,
  };
}

let lastInputs: { key: string; value: LandBalanceData } | null = null;

/** The land-balance inputs of data state `key` (parsed once per state and thread). */
function parsedInputs(key: string, json: string): LandBalanceData {
  if (lastInputs?.key !== key) {
    const raw = JSON.parse(json) as Omit<LandBalanceData, 'parcelCodes'> & {
      parcelCodes: [string, string][];
    };
    lastInputs = { key, value: { ...raw, parcelCodes: new Map(raw.parcelCodes) } };
  }
  return lastInputs.value;
}

async function exportFile(task: TaskOf<'parcel-export'>): Promise<ExportFile> {
  const model = gatherParcelList(readDeps(task), task.filter, task.labelZh, task.zone.nameZh, task.asOf);
  const body = await EXPORT_FORMATS[task.format].write(model, task.options);
  return { bytes: typeof body === 'string' ? Buffer.from(body, 'utf8') : body, count: model.rows.length };
}

async function run(task: JobTask): Promise<JobOutput[JobTask['kind']]> {
  switch (task.kind) {
    case 'ping':
      return { pong: true, threadId };
    case 'parcel-pdf': {
      const m = gatherDossier(readDeps(task), task.parcelId);
      return {
        bytes: await parcelDossierPdf(m, task.zone.nameZh),
        name: fileName(['地块报告', m.parcel.code, m.asOf], 'pdf'),
        asciiName: fileName(['parcel-dossier', m.parcel.code, m.asOf], 'pdf'),
      };
    }
    case 'platform-pdf': {
      const m = gatherPlatformReport(readDeps(task), task.platformId, task.landBalance);
      return {
        bytes: await platformReportPdf(m, task.zone.nameZh),
        name: fileName(['平台报告', m.platform.nameZh, m.asOf], 'pdf'),
        asciiName: fileName(['platform-report', m.platform.id, m.asOf], 'pdf'),
      };
    }
    case 'print-map': {
      const m = gatherPrintModel(readDeps(task), task.request);
      const scale = `1-${m.request.scale}`;
      return {
        bytes: await printMapPdf(m),
        name: fileName(['地图', m.request.title, scale, m.printedOn], 'pdf'),
        asciiName: fileName([`${zoneSlug(task.zone.nameEn)}-map`, scale, m.printedOn], 'pdf'),
      };
    }
    case 'parcel-export':
      return exportFile(task);
    case 'match': {
      const inputs = parsedInputs(task.dataKey, task.inputsJson);
      const m = await matchProjects({ ...inputs, options: task.options }, await solverContext());
      return JSON.stringify(matchesView(inputs, m, task.options));
    }
    case 'trade-off': {
      const inputs = parsedInputs(task.dataKey, task.inputsJson);
      const ctx = await solverContext();
      const base = matchProjects({ ...inputs, options: task.options }, ctx);
      return tradeOff({ ...inputs, options: task.options }, ctx, base, task.projectId);
    }
  }
}

/** The piscina handler: runs `task`; expected failures (ApiError) come back as data. */
export default async function handle(task: JobTask): Promise<WorkerReply<unknown>> {
  try {
    return { ok: true, value: await run(task) };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return {
      ok: false,
      error: { status: e.status, code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) },
    };
  }
}
