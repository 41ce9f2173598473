/**
 * The map printed to scale as a vector PDF (pdfkit, embedded CJK font): title and scale at the top, the map frame
 * drawn at exactly 1:scale (local equirectangular on the WGS84 ellipsoid, domain/print/print-page.ts), and below
 * it the legend, a scale bar whose printed length is exact, and the date, data version and as-of date. Parcels
 * are clipped to the frame; the north arrow points up (the map is never rotated).
 */

import type { Position } from 'geojson';
import PDFDocument from 'pdfkit';
import {
  metresPerDegree,
  PAGE_MARGIN_MM,
  PT_PER_MM,
  pageSizeMm,
  scaleBar,
} from '../../../domain/print/print-page.ts';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import { drawNorthArrow, drawRoads, type Frame, type Projection } from '../map-drawing.ts';
import { type PdfDoc, pdfToBuffer } from '../pdf-doc.ts';
import { FONT_BOLD, FONT_REGULAR, pdfText, registerCjkFonts } from '../pdf-font.ts';
import type { PrintModel } from './print-model.ts';

/** Longest scale bar drawn, mm on paper. */
const SCALE_BAR_MAX_MM = 40;
/** Height of the scale bar, mm. */
const SCALE_BAR_HEIGHT_MM = 1.5;

const mm = (v: number) => v * PT_PER_MM;
const grouped = (n: number) => n.toLocaleString('en-US');

/** Projection of the map frame at 1:scale around the extent's centre (page points). */
function scaleProjection(model: PrintModel, frame: Frame): Projection {
  const [west, south, east, north] = model.extent.box;
  const k = metresPerDegree(model.request.center[1]);
  const ptPerMetre = mm(1000 / model.request.scale);
  return {
    toPage: (p: Position) => [
      frame.x + ((p[0] ?? 0) - west) * k.lon * ptPerMetre,
      frame.y + (north - (p[1] ?? 0)) * k.lat * ptPerMetre,
    ],
    covered: [west, south, east, north],
  };
}

function trace(doc: PdfDoc, proj: Projection, g: AreaGeometry): void {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const ring of polys.flat()) {
    ring.forEach((p, i) => {
      const [x, y] = proj.toPage(p);
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath();
  }
}

function drawMapFrame(doc: PdfDoc, model: PrintModel, frame: Frame): void {
  const proj = scaleProjection(model, frame);
  const colour = new Map(model.classes.map((c) => [c.key, c.color]));
  doc.save();
  doc.rect(frame.x, frame.y, frame.width, frame.height).fill('#f7f6f2');
  doc.rect(frame.x, frame.y, frame.width, frame.height).clip();
  for (const p of model.platforms) {
    trace(doc, proj, p.geometry);
    doc.fillColor('#fffbe6').fill('even-odd');
  }
  drawRoads(doc, frame, proj, model.roads);
  const outline = model.parcels.length > 300 ? 0.15 : 0.4;
  for (const p of model.parcels) {
    trace(doc, proj, p.geometry);
    doc
      .lineWidth(outline)
      .fillColor(colour.get(p.classKey) ?? '#adb5bd')
      .strokeColor('#555555')
      .fillAndStroke(undefined, undefined, 'even-odd');
  }
  for (const p of model.platforms) {
    trace(doc, proj, p.geometry);
    doc.lineWidth(1.2).dash(6, { space: 3 }).strokeColor('#8a2be2').stroke().undash();
  }
  doc.restore();
  drawNorthArrow(doc, frame);
  doc.rect(frame.x, frame.y, frame.width, frame.height).lineWidth(0.8).strokeColor('#333333').stroke();
}

/** Legend swatches in rows within `width` from (x, y). */
function drawLegend(doc: PdfDoc, model: PrintModel, x0: number, y0: number, width: number): void {
  const en = model.request.lang === 'en';
  doc
    .font(FONT_BOLD)
    .fontSize(8)
    .fillColor('#222222')
    .text(en ? 'Legend' : '图例', x0, y0, { lineBreak: false });
  let x = x0;
  let y = y0 + 12;
  const item = (label: string, swatch: (sx: number, sy: number) => void) => {
    doc.font(FONT_REGULAR).fontSize(7);
    const w = 14 + doc.widthOfString(label) + 10;
    if (x + w > x0 + width) {
      x = x0;
      y += 11;
    }
    swatch(x, y);
    doc.fillColor('#333333').text(label, x + 13, y, { lineBreak: false });
    x += w;
  };
  for (const c of model.classes) {
    item(pdfText(c.label), (sx, sy) => {
      doc
        .rect(sx, sy + 1, 10, 7)
        .lineWidth(0.4)
        .fillAndStroke(c.color, '#555555');
    });
  }
  item(en ? 'Platform boundary' : '平台边界', (sx, sy) => {
    doc
      .moveTo(sx, sy + 4.5)
      .lineTo(sx + 10, sy + 4.5)
      .lineWidth(1.2)
      .dash(3, { space: 1.5 })
      .stroke('#8a2be2');
    doc.undash();
  });
  if (model.roads.length) {
    item(en ? 'Road' : '道路', (sx, sy) => {
      doc
        .moveTo(sx, sy + 4.5)
        .lineTo(sx + 10, sy + 4.5)
        .lineWidth(2)
        .stroke('#f2c14e');
    });
  }
  if (model.roads.some((r) => r.kind === 'railway')) {
    item(en ? 'Railway' : '铁路', (sx, sy) => {
      doc
        .moveTo(sx, sy + 4.5)
        .lineTo(sx + 10, sy + 4.5)
        .lineWidth(1.2)
        .dash(4, { space: 4 })
        .stroke('#666666');
      doc.undash();
    });
  }
}

/** The scale bar: one solid black bar of exactly groundM × 1000 / scale mm, labelled 0 and its length. */
function drawScale(doc: PdfDoc, model: PrintModel, right: number, y: number): void {
  const bar = scaleBar(model.request.scale, SCALE_BAR_MAX_MM);
  const w = mm(bar.paperMm);
  const x = right - w - mm(6);
  doc.rect(x, y + 10, w, mm(SCALE_BAR_HEIGHT_MM)).fill('#000000');
  const label = bar.groundM >= 1000 ? `${bar.groundM / 1000} km` : `${bar.groundM} m`;
  doc.font(FONT_REGULAR).fontSize(7).fillColor('#222222');
  doc.text('0', x - 2, y + 1, { lineBreak: false });
  doc.text(label, x + w - doc.widthOfString(label) / 2, y + 1, { lineBreak: false });
  const en = model.request.lang === 'en';
  const scaleText = `${en ? 'Scale' : '比例尺'} 1:${grouped(model.request.scale)}`;
  doc.font(FONT_BOLD).fontSize(8);
  doc.text(scaleText, x + w / 2 - doc.widthOfString(scaleText) / 2, y + 18, { lineBreak: false });
}

function drawFooterText(doc: PdfDoc, model: PrintModel, x: number, y: number): void {
  const en = model.request.lang === 'en';
  const parts = en
    ? [
        `Printed ${model.printedOn}`,
        `data as of ${model.asOf}`,
        `data version ${model.dataVersion}`,
        'WGS84 / CGCS2000 lon/lat',
        ...(model.illustrative ? ['illustrative geometry'] : []),
      ]
    : [
        `制图日期 ${model.printedOn}`,
        `数据截至 ${model.asOf}`,
        `数据版本 ${model.dataVersion}`,
        '坐标系 CGCS2000 经纬度',
        ...(model.illustrative ? ['几何为示意'] : []),
      ];
  doc.font(FONT_REGULAR).fontSize(7).fillColor('#555555').text(parts.join(' · '), x, y, { lineBreak: false });
}

/** Renders the sheet; resolves with the PDF bytes. */
export async function printMapPdf(model: PrintModel): Promise<Buffer> {
  const { paper, orientation, title } = model.request;
  const page = pageSizeMm(paper, orientation);
  const created = new Date(`${model.printedOn}T00:00:00+08:00`);
  const doc = new PDFDocument({
    size: [mm(page.width), mm(page.height)],
    margin: 0,
    lang: model.request.lang,
    displayTitle: true,
    info: {
      Title: title,
      Creator: 'zhongkai-land-map',
      Producer: 'pdfkit',
      CreationDate: created,
      ModDate: created,
    },
  });
  registerCjkFonts(doc);
  const f = model.extent.frame;
  const frame: Frame = { x: mm(f.x), y: mm(f.y), width: mm(f.width), height: mm(f.height) };
  const left = mm(PAGE_MARGIN_MM);
  doc
    .font(FONT_BOLD)
    .fontSize(14)
    .fillColor('#111111')
    .text(pdfText(title), left, mm(PAGE_MARGIN_MM) + 4, {
      width: frame.width * 0.75,
      lineBreak: false,
      ellipsis: true,
    });
  drawMapFrame(doc, model, frame);
  const below = frame.y + frame.height + mm(3);
  drawLegend(doc, model, left, below, frame.width * 0.68);
  drawScale(doc, model, frame.x + frame.width, below);
  drawFooterText(doc, model, left, mm(page.height - PAGE_MARGIN_MM) - 8);
  return pdfToBuffer(doc);
}
