/**
 * GET /api/reports/parcels/:id.pdf?refDate= — the parcel dossier (地块报告), its idle-land line on `refDate`
 * (default the server's reference date);
 * GET /api/reports/platforms/:id.pdf — the platform report. Both are A4 PDFs with an embedded CJK font,
 * sent as attachments named after the parcel code / platform and the data's as-of date.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { noQuery } from '../http/strict-query.ts';
import { contentDisposition } from '../reports/filename.ts';
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
  // Gathering and rendering run in a worker over its own read-only connection (server/jobs/worker.ts).
  const context = (refDate?: string) => ({
    dbPath: deps.db.name,
    referenceDate: refDate ?? deps.referenceDate,
    now: deps.clock().toISOString(),
  });
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
    .get('/platforms/:file{.+\\.pdf}', noQuery, valid('param', PdfParam), async (c) => {
      const task = { kind: 'platform-pdf', platformId: c.req.valid('param').file, ...context() } as const;
      const f = await deps.jobs.run(task, c.req.raw.signal);
      return pdfResponse(f.bytes, f.name, f.asciiName);
    });
};
