/**
 * The heavy jobs the worker pool runs (server/jobs/pool.ts → server/jobs/worker.ts), as plain data that
 * crosses the thread boundary by structured clone. Reports and exports read the database themselves, on the
 * worker's own read-only connection (`dbPath`), so gathering thousands of rows does not block the event loop
 * either; matching gets its inputs from the caller (serialised once per data state), so the answer is
 * built from exactly the data the caller describes, and returns the response body ready to send.
 */
import type { LandBalanceOptions, TradeOff } from '../../domain/land-balance/index.ts';
import type { ParcelFilter } from '../db/queries/parcels.ts';
import type { ExportFormat, ExportOptions } from '../reports/export-writers.ts';
import type { PlatformBalanceSection } from '../reports/platform-balance-model.ts';
import type { PrintRequest } from '../reports/print/print-model.ts';

/** What every database-reading job needs to rebuild the request's settings inside the worker. */
export type ReadContext = {
  /** SQLite file of the app (opened read-only in the worker). */
  dbPath: string;
  /** ISO date deadlines are measured against. */
  referenceDate: string;
  /** The request's wall-clock time (ISO timestamp), shown on reports as "generated at". */
  now: string;
  /** The zone's names (zone settings, read by the route at request time): titles, authors, file names. */
  zone: { nameZh: string; nameEn: string };
};

/** One job, by kind. */
export type JobTask =
  | { kind: 'ping' }
  | ({ kind: 'parcel-pdf'; parcelId: string } & ReadContext)
  | ({
      kind: 'platform-pdf';
      platformId: string;
      /** The 用地缺口 section, with the land-balance options it was computed under (policy, slack, horizon…). */
      landBalance: PlatformBalanceSection;
    } & ReadContext)
  | ({ kind: 'print-map'; request: PrintRequest } & ReadContext)
  | ({
      kind: 'parcel-export';
      format: ExportFormat;
      options: ExportOptions;
      filter: ParcelFilter;
      labelZh: string;
      /** The ledger of this day (ISO) instead of today's; null for today's. */
      asOf: string | null;
    } & ReadContext)
  | {
      kind: 'match';
      /** Identifies the data state `inputsJson` was read in (the worker keeps the last one parsed). */
      dataKey: string;
      /** The land-balance inputs as JSON (LandBalanceData, parcelCodes as [id, code] pairs): a string crosses
       * the thread boundary as one copy, where a structured clone of the objects would block the event loop. */
      inputsJson: string;
      options: LandBalanceOptions;
    }
  | {
      kind: 'trade-off';
      /** As for `match`. */
      dataKey: string;
      inputsJson: string;
      options: LandBalanceOptions;
      /** The project whose first-ranked candidate went to another project. */
      projectId: string;
    };

/** A report a job rendered: its bytes and file names (UTF-8, and the ASCII fallback of Content-Disposition). */
export type ReportFile = { bytes: Uint8Array; name: string; asciiName: string };

/** An export a job wrote: its bytes and the number of parcels in it. */
export type ExportFile = { bytes: Uint8Array; count: number };

/** The result of each kind of job. */
export type JobOutput = {
  ping: { pong: true; threadId: number };
  'parcel-pdf': ReportFile;
  'platform-pdf': ReportFile;
  'print-map': ReportFile;
  'parcel-export': ExportFile;
  /** The GET /api/land-balance/matches body, serialised in the worker. */
  match: string;
  /** What giving the project its first choice would cost (re-solved with the pair forced), or null. */
  'trade-off': TradeOff | null;
};

/** The task of kind K. */
export type TaskOf<K extends JobTask['kind']> = Extract<JobTask, { kind: K }>;

/**
 * What a worker answers: the result, or an expected failure (an ApiError such as 404 raised while gathering)
 * described as data — error classes do not survive the thread boundary.
 */
export type WorkerReply<T> =
  | { ok: true; value: T }
  | { ok: false; error: { status: number; code: string; message: string; field?: string } };
