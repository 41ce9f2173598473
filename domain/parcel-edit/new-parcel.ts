/**
 * The plan of a parcel drawn from scratch, before it is written: its code (given, or the next free one), its
 * geodesic area (㎡, 亩; never the client's), its town, and its opening event (from none to the opening state on
 * its date). Refused: an invalid geometry (geometry-validation.ts, before it is measured), a sliver (the split's size limits, edit-options.ts), a date after today, a code already used
 * (also by a retired parcel: codes are never given twice), no code where the platform has none of the pattern.
 * The topology (validity, overlap, platform) is checked by topology-check.ts, as for every other geometry edit.
 */
import { validateAreaGeometry } from '../geometry-validation.ts';
import type { AreaGeometry } from '../schemas.ts';
import { editOptions, type ParcelEditOptions } from './edit-options.ts';
import { type EditRefusal, refuse } from './edit-refusal.ts';
import type { OpeningState } from './opening-states.ts';
import { newParcelCode } from './parcel-codes.ts';
import { measurePart, sliverReason } from './part-measures.ts';

/** What the plan reads besides the request. */
export interface NewParcelContext {
  /** Today in Beijing (ISO): the default date and the latest allowed. */
  today: string;
  /** Every code ever used, current or retired. */
  usedCodes: readonly string[];
  /** The codes of the platform's parcels (their prefix numbers the new one). */
  platformCodes: readonly string[];
  /** The zone's code pattern (zone settings). */
  codePattern: string;
  /** The platform's towns (the first is the default town). */
  platformTowns: readonly string[];
}

/** The request's fields the plan needs. */
export interface NewParcelInput {
  geometry: AreaGeometry;
  code?: string | undefined;
  town?: string | undefined;
  state: OpeningState;
  date?: string | undefined;
  note?: string | undefined;
}

/** A planned new parcel. */
export interface NewParcelPlanned {
  ok: true;
  code: string;
  areaM2: number;
  areaMu: number;
  town: string;
  date: string;
  openingEvent: { from: null; to: OpeningState; date: string; note: string };
}

/** Plans a new parcel (see the module doc); a refusal names what is wrong. */
export function planNewParcel(
  input: NewParcelInput,
  ctx: NewParcelContext,
  options: Partial<ParcelEditOptions> = {},
): NewParcelPlanned | (EditRefusal & { field: string }) {
  const v = validateAreaGeometry(input.geometry);
  if (!v.valid) return { ...refuse('invalid_result', '新地块的几何无效：', v.message), field: 'geometry' };
  const m = measurePart(input.geometry);
  const sliver = sliverReason(m, editOptions(options));
  if (sliver)
    return {
      ...refuse('sliver', `新地块${sliver.zh}。`, `The new parcel: ${sliver.en}.`),
      field: 'geometry',
    };
  const date = input.date ?? ctx.today;
  if (date > ctx.today) {
    const r = refuse(
      'date_in_future',
      `日期 ${date} 晚于今天 ${ctx.today}。`,
      `date ${date} is after today ${ctx.today}.`,
    );
    return { ...r, field: 'date' };
  }
  const code = input.code ?? newParcelCode(ctx.platformCodes, ctx.usedCodes, ctx.codePattern);
  if (!code) {
    const r = refuse(
      'code_required',
      '该平台尚无可续编的宗地编号，请填写编号。',
      'No parcel code of this platform follows the zone’s pattern; give the code.',
    );
    return { ...r, field: 'code' };
  }
  if (ctx.usedCodes.includes(code)) {
    const r = refuse(
      'code_taken',
      `编号 ${code} 已被使用（编号不重复使用）。`,
      `code ${code} is taken (codes are never reused).`,
      { parcelCode: code },
    );
    return { ...r, field: 'code' };
  }
  const town = input.town ?? ctx.platformTowns[0];
  if (!town) {
    const r = refuse(
      'town_required',
      '该平台未登记镇街，请填写镇街。',
      'The platform lists no town; give the town.',
    );
    return { ...r, field: 'town' };
  }
  const origin = `新增地块（绘制）/ drawn as a new parcel`;
  const note = input.note ? `${origin}：${input.note}` : origin;
  return {
    ok: true,
    code,
    areaM2: m.areaM2,
    areaMu: m.areaMu,
    town,
    date,
    openingEvent: { from: null, to: input.state, date, note },
  };
}
