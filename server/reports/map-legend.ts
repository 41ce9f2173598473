/** The legend line under report maps: state swatches, the highlighted parcel and the platform boundary. */
import { LAND_STATES, type LandState } from '../../domain/enums.ts';
import { labelOf } from '../../domain/format.ts';
import { STATE_COLORS } from '../../domain/palette.ts';
import { MARGIN, type PdfDoc } from './pdf-doc.ts';
import { FONT_REGULAR } from './pdf-font.ts';

/** Draws the legend at `y` for the given states (in lifecycle order); returns the y below it. */
export function drawLegend(
  doc: PdfDoc,
  y: number,
  states: ReadonlySet<LandState>,
  width: number,
  extras: { highlight?: boolean; boundary?: boolean } = {},
): number {
  let x = MARGIN;
  let at = y;
  doc.font(FONT_REGULAR).fontSize(7);
  const item = (label: string, draw: (x: number, y: number) => void): void => {
    const w = 14 + doc.widthOfString(label) + 10;
    if (x + w > MARGIN + width) {
      x = MARGIN;
      at += 11;
    }
    draw(x, at);
    doc
      .font(FONT_REGULAR)
      .fontSize(7)
      .fillColor('#333333')
      .text(label, x + 13, at, { lineBreak: false });
    x += w;
  };
  for (const s of LAND_STATES) {
    if (!states.has(s)) continue;
    item(labelOf('landState', s, 'zh-CN'), (x0, y0) => {
      doc
        .rect(x0, y0 + 1, 10, 7)
        .lineWidth(0.4)
        .fillAndStroke(STATE_COLORS[s], '#555555');
    });
  }
  if (extras.highlight) {
    item('本地块', (x0, y0) => {
      doc
        .rect(x0, y0 + 1, 10, 7)
        .lineWidth(1.4)
        .stroke('#c00000');
    });
  }
  if (extras.boundary) {
    item('平台边界', (x0, y0) => {
      doc
        .moveTo(x0, y0 + 4.5)
        .lineTo(x0 + 10, y0 + 4.5)
        .lineWidth(1.4)
        .dash(3, { space: 1.5 })
        .stroke('#8a2be2');
      doc.undash();
    });
  }
  return at + 13;
}
