/**
 * Recording a 补充协议 (POST /api/parcels/:id/amendments): the request and its rules.
 * - only a granted parcel with a signed contract can be amended;
 * - the amendment is dated on or after the contract and the previous amendment, and not after today;
 * - it moves the agreed start and/or completion; the start cannot move once construction has started (第三十条
 *   evidence recorded), and it may be extended by at most one year (国土资源部令第53号 第十二条 第一项 — measured
 *   from the start the clock used on the amendment's date, which already includes any late-delivery shift);
 * - the agreed completion stays after the agreed start.
 * Every amendment is kept (history); the clock uses the latest.
 */
import { z } from 'zod';
import { compareIso, daysBetween } from '../dates.ts';
import { isAcquired } from '../land-states.ts';
import { NOTE_MAX } from '../land-transition.ts';
import { SafeText } from '../safe-text.ts';
import { IsoDate } from '../schemas.ts';
import { SignedInWho } from '../who-field.ts';
import { type ContractClockInput, contractClock } from './index.ts';
import { type Amendment, DOCUMENT_NO_MAX, REASON_MAX } from './records.ts';
import { type Refusal, refuse } from './refusal.ts';
import { CONTRACT_CLOCK_RULES } from './rules.ts';

/** Body of POST /api/parcels/:id/amendments. */
export const AmendmentRequest = z
  .object({
    date: IsoDate,
    agreedStart: IsoDate.optional(),
    agreedCompletion: IsoDate.optional(),
    reason: SafeText({ min: 1, max: REASON_MAX, multiline: true }),
    documentNo: SafeText({ min: 1, max: DOCUMENT_NO_MAX }),
    note: SafeText({ max: NOTE_MAX, multiline: true }).optional(),
    who: SignedInWho,
    version: z.number().int().min(1),
  })
  .refine((b) => b.agreedStart != null || b.agreedCompletion != null, {
    message: 'an amendment moves the agreed start or the agreed completion (or both)',
    path: ['agreedStart'],
  });
export type AmendmentRequest = z.infer<typeof AmendmentRequest>;

/** Outcome: the amendment to store, or a refusal. */
export type AmendmentCheck = { ok: true; amendment: Amendment } | Refusal;

/** Whether `req` may be recorded on the parcel; `today` (ISO) is the last allowed date. */
export function checkAmendment(
  parcel: ContractClockInput,
  req: AmendmentRequest,
  today: string,
): AmendmentCheck {
  const c = parcel.contract;
  if (!isAcquired(parcel.state) || c.signed == null) {
    return refuse(
      'no_contract',
      'date',
      '地块尚未出让，没有可补充的出让合同。 The parcel has no land contract to amend.',
    );
  }
  if (compareIso(req.date, today) > 0) {
    return refuse(
      'date_in_future',
      'date',
      `补充协议日期 ${req.date} 晚于今天（${today}）。 The date is after today.`,
    );
  }
  if (compareIso(req.date, c.signed) < 0) {
    return refuse(
      'amendment_before_contract',
      'date',
      `补充协议日期早于出让合同签订日期 ${c.signed}。 The amendment predates the contract.`,
    );
  }
  const last = parcel.amendments.reduce<string | null>(
    (m, a) => (m == null || compareIso(a.date, m) > 0 ? a.date : m),
    null,
  );
  if (last != null && compareIso(req.date, last) < 0) {
    return refuse(
      'amendment_out_of_order',
      'date',
      `补充协议日期早于上一份补充协议（${last}）。 The date is before the previous amendment (${last}).`,
    );
  }
  const before = contractClock(parcel, req.date);
  if (req.agreedStart != null) {
    if (before.idle.status === 'started' || before.idle.status === 'partial_idle') {
      return refuse(
        'already_started',
        'agreedStart',
        '已动工（第三十条），不能再变更约定开工日期。 Construction has started; the start can no longer move.',
      );
    }
    const from = before.dates.agreedStart;
    const ext = from == null ? 0 : daysBetween(from, req.agreedStart);
    if (ext > CONTRACT_CLOCK_RULES.maxExtensionDays) {
      return refuse(
        'extension_too_long',
        'agreedStart',
        `延长动工期限 ${ext} 天，超过一年（国土资源部令第53号 第十二条）。 The start moves ${ext} days; at most one year is allowed.`,
      );
    }
  }
  const start = req.agreedStart ?? before.dates.agreedStart;
  const completion = req.agreedCompletion ?? before.dates.agreedCompletion;
  if (start != null && completion != null && compareIso(completion, start) <= 0) {
    return refuse(
      'completion_before_start',
      'agreedCompletion',
      `约定竣工 ${completion} 不晚于约定开工 ${start}。 Completion must come after the start.`,
    );
  }
  return {
    ok: true,
    amendment: {
      date: req.date,
      agreedStart: req.agreedStart ?? null,
      agreedCompletion: req.agreedCompletion ?? null,
      reason: req.reason,
      documentNo: req.documentNo,
    },
  };
}
