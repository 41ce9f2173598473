/**
 * GET /api/reports/parcels/:id.pdf?refDate= — the parcel dossier (地块报告), its idle-land line on `refDate`
 * (default the server's reference date);
 * GET /api/reports/platforms/:id.pdf — the platform report: summary, 用地缺口, 闲置土地 and 三旧改造 sections,
 * then the parcel list. It takes the query of GET /api/land-balance (`refDate`, `horizon`, `industry`,
 * `includeReserve`, `includeRedevelopment`, `slack`, `keepTarget`, `policy`; `platform` only as the path's
 * platform), validated the same way (400 naming the field): the 用地缺口 section is the land-balance service's
 * answer for those options, and `refDate` is also the idle-land clock's reference date.
 * Both are A4 PDFs with an embedded CJK font, sent as attachments named after the parcel code / platform and
 * the data's as-of date.
 */

import { Hono } from 'hono';
import { z } from 'zod';
import { readSettings } from '../db/queries/settings.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { LandBalanceQuery, toOptions } from '../land-balance/query.ts';
import { landBalanceService } from '../land-balance/service.ts';
import type { MatchesView } from '../land-balance/view.ts';
import { contentDisposition } from '../reports/filename.ts';
import { platformBalanceSection } from '../reports/platform-balance-model.ts';
import type { AppDeps } from './deps.ts';
import { ParcelDetailQuery } from './queries.ts';
import { valid } from './validate.ts';

// `:file` is `<id>.pdf`; Hono's regex parameter keeps the id and the extension in one path segment.
const PdfParam = z.object({
  file: z
    .string()
    .regex(/^[^/]{1,200}\.pdf$/, 'expected <id>.pdf')
    .transform((s) => s.slice(0, -'.pdf'.length)),
});

function pdfResponse(bytes: Uint8Array, name: string, asciiName: string): Response {
  // Bytes cloned from a worker own their ArrayBuffer (no SharedArrayBuffer).
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition(name, asciiName),
      'Content-Length': String(bytes.length),
      'Cache-Control': 'no-store',
    },
  });
}

export const reportRoutes = (deps: AppDeps) => {
  const service = landBalanceService(deps.db, deps.dataset.dataVersion, deps.jobs);
  // Gathering and rendering run in a worker over its own read-only connection (server/jobs/worker.ts).
  const context = (refDate?: string) => {
    const { nameZh, nameEn } = readSettings(deps.db);
    return {
      dbPath: deps.db.name,
      referenceDate: refDate ?? deps.referenceDate,
      now: deps.clock().toISOString(),
      zone: { nameZh, nameEn },
    };
  };
  return new Hono()
    .get(
      '/parcels/:file{.+\\.pdf}',
      valid('param', PdfParam),
      valid('query', ParcelDetailQuery),
      async (c) => {
        const task = {
          kind: 'parcel-pdf',
          parcelId: c.req.valid('param').file,
          ...context(c.req.valid('query').refDate),
        } as const;
        const f = await deps.jobs.run(task, c.req.raw.signal);
        return pdfResponse(f.bytes, f.name, f.asciiName);
      },
    )
    .get(
      '/platforms/:file{.+\\.pdf}',
      valid('param', PdfParam),
      valid('query', LandBalanceQuery),
      async (c) => {
        const platformId = c.req.valid('param').file;
        const q = c.req.valid('query');
        // Projects, platforms and 三旧 sites only: the matching reads its own parcels (service.ts).
        const d = service.balanceBase();
        const ids = d.platforms.map((p) => p.id);
        if (!ids.includes(platformId)) throw new NotFoundError('platform', platformId);
        if (q.platform != null && q.platform !== platformId) {
          throw new InvalidInputError(
            'platform',
            `platform: the report is of platform ${platformId} (the path); leave platform out or give the same id`,
          );
        }
        // The matching runs zone-wide (a project may be placed on another platform); the quarters are the
        // platform's own balance (GET /api/land-balance?platform=).
        const zone = toOptions({ ...q, platform: undefined }, deps, ids);
        const own = toOptions({ ...q, platform: platformId }, deps, ids);
        const matches = JSON.parse(await service.matchesJson(zone, c.req.raw.signal)) as MatchesView;
        const landBalance = platformBalanceSection(
          d,
          platformId,
          service.balance(zone),
          service.balance(own),
          matches,
          zone,
        );
        const task = { kind: 'platform-pdf', platformId, landBalance, ...context(q.refDate) } as const;
        const f = await deps.jobs.run(task, c.req.raw.signal);
        return pdfResponse(f.bytes, f.name, f.asciiName);
      },
    );
};
