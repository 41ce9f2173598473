/**
 * Imports of a zone's own files (editor role):
 * - POST /api/imports — multipart `file`, `kind` (parcels, or projects from a 招商台账 XLSX/CSV), optional `crs` (EPSG:n, GCJ02, BD09) and `mapping`
 *   (JSON, domain/import/parcel-mapping.ts): reads the file (server/import/), checks every record and stores the
 *   dry run; answers 201 with its id, the detected CRS, the record count and every problem. Nothing but the
 *   staging tables is written. An editor limited to some platforms is refused (403) a file holding a parcel of
 *   another platform, naming the record.
 * - GET /api/imports — history; GET /api/imports/:id — one dry run (or its result); …/problems.xlsx — the problem
 *   report; …/features — the staged parcels as GeoJSON (the preview over the map).
 * - POST /api/imports/:id/commit `{ mode, exclude }` and POST /api/imports/:id/revert: one IMMEDIATE transaction
 *   each with one audit row (file name, hash, counts, user); see server/imports/commit-parcels.ts.
 * Limits (server/env.ts IMPORT_MAX_*) answer 413/422 naming the limit.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { beijingDate } from '../../domain/beijing-time.ts';
import { ParcelImportMapping } from '../../domain/import/parcel-mapping.ts';
import { PlatformImportMapping } from '../../domain/import/platform-mapping.ts';
import { ProjectImportMapping } from '../../domain/import/project-mapping.ts';
import { RedevelopmentImportMapping } from '../../domain/import/redevelopment-mapping.ts';
import { writeContext } from '../auth/actor.ts';
import { mayEditPlatform, requireRole } from '../auth/authorize.ts';
import { audit } from '../db/queries/audit.ts';
import { saveTemplate, templateByName, templatesOfKind } from '../db/queries/import-templates.ts';
import {
  deleteStaleStagedImports,
  getImport,
  insertStagedImport,
  listImports,
  markCommitted,
  markReverted,
} from '../db/queries/imports.ts';
import { bumpRevision } from '../db/queries/meta.ts';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  UnsupportedMediaTypeError,
} from '../errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { checkPlatformRecords, checkRedevelopmentRecords } from '../import/check-areas.ts';
import { type CheckedRecord, checkParcelRecords } from '../import/check-parcels.ts';
import { checkProjectRecords } from '../import/check-projects.ts';
import { commitAreas, revertAreas } from '../import/commit-areas.ts';
import { commitParcels, revertParcels } from '../import/commit-parcels.ts';
import { commitProjects, revertProjects } from '../import/commit-projects.ts';
import { ImportLimitError } from '../import/import-errors.ts';
import {
  importFeatures,
  importSummary,
  mappedFields,
  problemsXlsx,
  zoneExtent,
} from '../import/import-views.ts';
import { readImport } from '../import/read-import.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import type { AppDeps } from './deps.ts';
import { valid } from './validate.ts';

/** Kinds the import API knows: parcels, platforms, 三旧 sites (redevelopment) and 招商台账 projects. */
const IMPORT_KINDS = ['parcels', 'platforms', 'redevelopment', 'projects'] as const;

const ImportIdParam = z.object({ id: z.string().regex(/^imp-[0-9a-z-]{1,40}$/) });

const TemplateBody = z.object({ name: z.string().trim().min(1).max(60) }).strict();

const CommitBody = z
  .object({
    mode: z.enum(['insert', 'update', 'upsert']),
    exclude: z.array(z.number().int().positive()).max(100_000).default([]),
  })
  .strict();

/** Multipart overhead allowed above the upload limit (boundaries and the small text fields). */
const MULTIPART_SLACK = 256 * 1024;

type Kind = (typeof IMPORT_KINDS)[number];
type Form = { file: File; kind: Kind; crs?: string; layer?: string; mapping: unknown };

/** The mapping of `kind`, validated (400 naming the mapping's field). */
function parseMapping<T>(schema: z.ZodType<T>, raw: unknown): T {
  const mapping = schema.safeParse(raw);
  if (mapping.success) return mapping.data;
  const issue = mapping.error.issues[0];
  const path = ['mapping', ...(issue?.path ?? [])].join('.');
  throw new InvalidInputError(path, `${path}: ${issue?.message ?? 'invalid'}`);
}

async function readForm(c: Context): Promise<Form> {
  const type = c.req.header('Content-Type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data'))
    throw new UnsupportedMediaTypeError('multipart/form-data', type || undefined);
  const body = await c.req.parseBody();
  const file = body.file;
  if (!(file instanceof File))
    throw new InvalidInputError('file', 'file: 请选择要导入的文件 / a file is required');
  const kind = z.enum(IMPORT_KINDS).safeParse(body.kind);
  if (!kind.success) throw new InvalidInputError('kind', `kind: one of ${IMPORT_KINDS.join(', ')}`);
  const crs = typeof body.crs === 'string' && body.crs.trim() ? body.crs.trim() : undefined;
  const layer = typeof body.layer === 'string' && body.layer.trim() ? body.layer.trim() : undefined;
  let raw: unknown = {};
  if (typeof body.mapping === 'string' && body.mapping.trim()) {
    try {
      raw = JSON.parse(body.mapping);
    } catch {
      throw new InvalidInputError('mapping', 'mapping: malformed JSON');
    }
  }
  return { file, kind: kind.data, ...(crs ? { crs } : {}), ...(layer ? { layer } : {}), mapping: raw };
}

const importId = (now: Date) =>
  `imp-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(5).toString('hex')}`;

/** 403 naming the record when the signed-in editor may not write to `platformId`. */
function scopeGuard(c: Context) {
  const user = requireRole(c, ['editor', 'admin']);
  return (platformId: string | null, record: number) => {
    if (mayEditPlatform(user, platformId)) return;
    throw new ForbiddenError(
      'platform_scope',
      `第 ${record} 条记录属于平台 ${platformId ?? '（无）'}，您的账号只能编辑：${user.platforms.join('、')} / record ${record} belongs to platform ${platformId ?? '(none)'}; your account may edit only: ${user.platforms.join(', ')}`,
    );
  };
}

/** Checks the records of a read file as `kind`, refusing (403) a record outside the editor's platforms. */
function checkRecords(
  db: AppDeps['db'],
  form: Form,
  read: Awaited<ReturnType<typeof readImport>>,
  guard: ReturnType<typeof scopeGuard>,
): { records: CheckedRecord<unknown>[]; mapping: unknown } {
  if (form.kind === 'parcels') {
    const mapping = parseMapping(ParcelImportMapping, form.mapping);
    const records = checkParcelRecords(db, read, mapping);
    // A parcel outside every platform is blocked anyway; its platform is unknown, so it is not refused here.
    for (const r of records) for (const p of [r.platformId, r.existingPlatformId]) if (p) guard(p, r.record);
    return { records, mapping };
  }
  if (form.kind === 'platforms' || form.kind === 'redevelopment') {
    const platforms = form.kind === 'platforms';
    const mapping = platforms
      ? parseMapping(PlatformImportMapping, form.mapping)
      : parseMapping(RedevelopmentImportMapping, form.mapping);
    const records = platforms
      ? checkPlatformRecords(db, read, mapping as PlatformImportMapping)
      : checkRedevelopmentRecords(db, read, mapping as RedevelopmentImportMapping);
    for (const r of records) for (const p of [r.platformId, r.existingPlatformId]) if (p) guard(p, r.record);
    return { records, mapping };
  }
  const mapping = parseMapping(ProjectImportMapping, form.mapping);
  const records = checkProjectRecords(db, read, mapping);
  for (const r of records) {
    guard(r.platformId ?? r.existingPlatformId, r.record);
    if (r.existingId) guard(r.existingPlatformId, r.record);
  }
  return { records, mapping };
}

/** Deletes the dry runs older than the staging TTL (IMPORT_STAGING_TTL_HOURS); see import-limits.ts. */
function cleanStaging(db: AppDeps['db'], now: Date, ttlHours: number): void {
  const before = new Date(now.getTime() - ttlHours * 3_600_000).toISOString();
  db.transaction(() => deleteStaleStagedImports(db, before)).immediate();
}

// Long only as the sum of its routes: one Hono chain, so `AppType` carries every route's request and response
// types to the client (docs/architecture.md); each handler validates, calls named steps and answers.
export const importRoutes = ({ db, clock, importLimits }: AppDeps) => {
  cleanStaging(db, clock(), importLimits.stagingTtlHours);
  return new Hono()
    .post(
      '/',
      bodyLimit({
        maxSize: importLimits.maxUploadBytes + MULTIPART_SLACK,
        onError: () => {
          throw new ImportLimitError('maxUploadBytes', importLimits.maxUploadBytes, 'file');
        },
      }),
      async (c) => {
        const guard = scopeGuard(c);
        const form = await readForm(c);
        const bytes = new Uint8Array(await form.file.arrayBuffer());
        const hint = zoneExtent(db);
        const read = await readImport(
          { name: form.file.name, bytes },
          {
            limits: importLimits,
            ...(form.crs ? { crs: form.crs } : {}),
            ...(form.layer ? { layer: form.layer } : {}),
            ...(hint ? { hint } : {}),
          },
        );
        const now = clock();
        cleanStaging(db, now, importLimits.stagingTtlHours);
        const id = importId(now);
        const { id: userId, displayName } = writeContext(c).user;
        db.transaction(() => {
          const { records, mapping } = checkRecords(db, form, read, guard);
          insertStagedImport(
            db,
            {
              id,
              kind: form.kind,
              fileName: form.file.name,
              fileHash: createHash('sha256').update(bytes).digest('hex'),
              format: read.format,
              crs: read.crs ? JSON.stringify(read.crs) : null,
              detectedCrs: read.detected ? JSON.stringify(read.detected) : null,
              mapping: JSON.stringify(mapping),
              fields: JSON.stringify(read.fields),
              recordCount: read.features.length,
              fileProblems: JSON.stringify(read.problems.filter((p) => p.record == null)),
              createdAt: now.toISOString(),
              createdBy: userId,
              createdByName: displayName,
            },
            records.map((r) => ({
              record: r.record,
              code: r.code,
              platformId: r.platformId,
              existingId: r.existingId,
              candidate: r.candidate ? JSON.stringify(r.candidate) : null,
              problems: JSON.stringify(r.problems),
              blocking: r.blocking ? 1 : 0,
            })),
          );
        }).immediate();
        return c.json(importSummary(db, id), 201);
      },
    )
    .get('/', (c) => c.json({ imports: listImports(db).map((i) => importSummary(db, i.id, false)) }, 200))
    .get('/:id', valid('param', ImportIdParam), (c) =>
      c.json(importSummary(db, c.req.valid('param').id), 200),
    )
    .get('/:id/features', valid('param', ImportIdParam), (c) =>
      c.json(importFeatures(db, c.req.valid('param').id), 200),
    )
    .get('/:id/templates', valid('param', ImportIdParam), (c) => {
      const imp = getImport(db, c.req.valid('param').id);
      if (!imp) throw new NotFoundError('import', c.req.valid('param').id);
      const fields = new Set(JSON.parse(imp.fields) as string[]);
      const templates = templatesOfKind(db, imp.kind).filter((t) =>
        t.sourceFields.every((f) => fields.has(f)),
      );
      return c.json({ templates }, 200);
    })
    .post(
      '/:id/template',
      jsonBody(4 * 1024),
      valid('param', ImportIdParam),
      valid('json', TemplateBody),
      (c) => {
        requireRole(c, ['editor', 'admin']);
        const { id } = c.req.valid('param');
        const { name } = c.req.valid('json');
        const ctx = writeContext(c);
        const now = clock().toISOString();
        const saved = db
          .transaction(() => {
            const imp = getImport(db, id);
            if (!imp) throw new NotFoundError('import', id);
            const fields = mappedFields(imp.kind, imp.mapping, JSON.parse(imp.fields) as string[]);
            const mapping = { ...(JSON.parse(imp.mapping) as Record<string, unknown>), fields };
            const before = templateByName(db, imp.kind, name) ?? null;
            const sourceFields = [...new Set(Object.values(fields))].sort();
            const args = { kind: imp.kind, name, mapping: JSON.stringify(mapping), sourceFields };
            saveTemplate(db, { ...args, savedAt: now, savedBy: ctx.user.displayName });
            const after = templateByName(db, imp.kind, name)!;
            audit(db, {
              ...ctx,
              at: now,
              action: 'import.template',
              entityType: 'import_template',
              entityId: String(after.id),
              platformId: null,
              before,
              after,
            });
            return after;
          })
          .immediate();
        return c.json(saved, 201);
      },
    )
    .get('/:id/problems.xlsx', valid('param', ImportIdParam), async (c) => {
      const { id } = c.req.valid('param');
      const { bytes, fileName } = await problemsXlsx(db, id);
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
      return c.body(new Uint8Array(bytes), 200);
    })
    .post(
      '/:id/commit',
      jsonBody(2 * 1024 * 1024),
      valid('param', ImportIdParam),
      valid('json', CommitBody),
      (c) => {
        const { id } = c.req.valid('param');
        const body = c.req.valid('json');
        const guard = scopeGuard(c);
        const now = clock();
        db.transaction(() => {
          const imp = getImport(db, id);
          if (!imp) throw new NotFoundError('import', id);
          if (imp.status !== 'staged')
            throw new ConflictError(
              'import_not_staged',
              `import ${id} is ${imp.status}; only a staged import can be committed`,
              'id',
            );
          const ctx = writeContext(c);
          const common = { importId: id, mode: body.mode, exclude: new Set(body.exclude), authorise: guard };
          const counts =
            imp.kind === 'projects'
              ? commitProjects(db, {
                  ...common,
                  mapping: ProjectImportMapping.parse(JSON.parse(imp.mapping)),
                })
              : imp.kind === 'platforms' || imp.kind === 'redevelopment'
                ? commitAreas(db, imp.kind, common)
                : commitParcels(db, {
                    ...common,
                    mapping: ParcelImportMapping.parse(JSON.parse(imp.mapping)),
                    stagedOn: imp.createdAt.slice(0, 10),
                    committedOn: beijingDate(now),
                    who: ctx.user.displayName,
                    note: `导入 ${imp.fileName}`,
                  });
          markCommitted(db, id, {
            mode: body.mode,
            at: now.toISOString(),
            by: ctx.user.displayName,
            counts: JSON.stringify(counts),
          });
          audit(db, {
            ...ctx,
            at: now.toISOString(),
            action: 'import.commit',
            entityType: 'import',
            entityId: id,
            platformId: null,
            before: null,
            after: {
              fileName: imp.fileName,
              fileHash: imp.fileHash,
              kind: imp.kind,
              mode: body.mode,
              excludedRecords: body.exclude,
              ...counts,
            },
          });
          bumpRevision(db);
          // Every kind: a projects import may change the industry the tiles of a held parcel carry.
          tileCache(db).clear();
        }).immediate();
        return c.json(importSummary(db, id), 200);
      },
    )
    .post('/:id/revert', valid('param', ImportIdParam), (c) => {
      const { id } = c.req.valid('param');
      const guard = scopeGuard(c);
      const now = clock();
      db.transaction(() => {
        const imp = getImport(db, id);
        if (!imp) throw new NotFoundError('import', id);
        if (imp.status !== 'committed')
          throw new ConflictError(
            'import_not_committed',
            `import ${id} is ${imp.status}; only a committed import can be reverted`,
            'id',
          );
        const ctx = writeContext(c);
        const done =
          imp.kind === 'projects'
            ? revertProjects(db, id, guard)
            : imp.kind === 'platforms' || imp.kind === 'redevelopment'
              ? revertAreas(db, imp.kind, id, guard)
              : revertParcels(db, id, guard);
        markReverted(db, id, now.toISOString(), ctx.user.displayName);
        audit(db, {
          ...ctx,
          at: now.toISOString(),
          action: 'import.revert',
          entityType: 'import',
          entityId: id,
          platformId: null,
          before: {
            fileName: imp.fileName,
            fileHash: imp.fileHash,
            counts: JSON.parse(imp.counts ?? 'null'),
          },
          after: done,
        });
        bumpRevision(db);
        // Every kind, as at commit (a revert restores the projects' industries too).
        tileCache(db).clear();
      }).immediate();
      return c.json(importSummary(db, id), 200);
    });
};
