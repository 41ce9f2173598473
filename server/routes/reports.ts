/**
 * GET /api/reports/parcels/:id.pdf?refDate= — the parcel dossier (地块报告), its idle-land line on `refDate`
 * (default the server's reference date);
 * GET /api/reports/platforms/:id.pdf — the platform report. Both are A4 PDFs with an embedded CJK font,
 * sent as attachments named after the parcel code / platform and the data's as-of date.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { contentDisposition, fileName } from '../reports/filename.ts';
import { gatherDossier, gatherPlatformReport } from '../reports/gather-models.ts';
import { parcelDossierPdf } from '../reports/parcel-dossier-pdf.ts';
import { platformReportPdf } from '../reports/platform-report-pdf.ts';
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

function pdfResponse(bytes: Buffer, name: string, asciiName: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition(name, asciiName),
      'Content-Length': String(bytes.length),
      'Cache-Control': 'no-store',
    },
  });
}

export const reportRoutes = (deps: AppDeps) =>
  new Hono()
    .get(
      '/parcels/:file{.+\\.pdf}',
      valid('param', PdfParam),
      valid('query', ParcelDetailQuery),
      async (c) => {
        const m = gatherDossier(deps, c.req.valid('param').file, c.req.valid('query').refDate);
        const bytes = await parcelDossierPdf(m);
        return pdfResponse(
          bytes,
          fileName(['地块报告', m.parcel.code, m.asOf], 'pdf'),
          fileName(['parcel-dossier', m.parcel.code, m.asOf], 'pdf'),
        );
      },
    )
    .get('/platforms/:file{.+\\.pdf}', valid('param', PdfParam), async (c) => {
      const m = gatherPlatformReport(deps, c.req.valid('param').file);
      const bytes = await platformReportPdf(m);
      return pdfResponse(
        bytes,
        fileName(['平台报告', m.platform.nameZh, m.asOf], 'pdf'),
        fileName(['platform-report', m.platform.id, m.asOf], 'pdf'),
      );
    });
