/**
 * The strings of the 更正 (correction) of a state change, in the UI language — a small typed table of this
 * feature rather than keys of the app's i18next union (near TypeScript's instantiation limit).
 */
import { useLang } from '../language/use-lang.ts';

const zh = {
  action: '更正状态变更',
  button: '更正',
  corrected: '已更正',
  explain:
    '更正用于纠正录入错误，不是撤销出让等法律行为：该条状态变更将视为从未发生（包括过去日期的地图和统计），原记录保留并标注“已更正”。依据：参照《不动产登记暂行条例实施细则》更正登记的做法。',
  reason: '更正原因（必填）',
  confirm: '确认更正',
  cancel: '取消',
};
type CorrectionStrings = typeof zh;

const en: CorrectionStrings = {
  action: 'Correction of a state change',
  button: 'Correct',
  corrected: 'corrected',
  explain:
    'A correction fixes a data-entry mistake; it does not undo a grant or any other legal act. The state change will count as never having happened (also on past dates of the map and figures); the original entry is kept and marked corrected. Practice followed: 更正登记 of the Implementing Rules of the Interim Regulations on Real Estate Registration.',
  reason: 'Reason for the correction (required)',
  confirm: 'Confirm correction',
  cancel: 'Cancel',
};

/** The correction strings in the UI language. */
export const useCorrectionText = (): CorrectionStrings => (useLang() === 'en' ? en : zh);
