/** Chinese strings of the parcel panel's state-change form, merged into i18n under `stateChange`. */
export const stateChangeZh = {
  title: '变更供地状态',
  to: '新状态',
  date: '变更日期',
  note: '说明',
  notePlaceholder: '如：挂牌公告编号、交地确认书',
  contract: '出让合同',
  signed: '签订日期',
  agreedDelivery: '约定交地',
  agreedStart: '约定开工',
  agreedCompletion: '约定竣工',
  landPrice: '出让价款（万元）',
  contractHint: '变更为「已出让」及之后的状态需要出让合同签订日期',
  submit: '记录变更',
  saving: '保存中…',
  saved: '已记录：{{state}}（{{date}}）',
  failed: '保存失败：{{message}}',
  reload: '重新加载地块',
  // One message per error code of the API, so the alert is in the UI's language (the server's text is bilingual).
  error_version_conflict: '保存失败：该地块已被他人修改。请重新加载地块后再试。',
  error_transition_not_allowed: '保存失败：当前状态不能变更为所选状态。',
  error_date_before_state_since: '保存失败：变更日期早于当前状态的起始日期。',
  error_date_in_future: '保存失败：变更日期不能晚于今天。',
  error_contract_required: '保存失败：该状态需要出让合同签订日期，且签订日期不得晚于出让日期。',
  error_contract_not_applicable: '保存失败：该状态不适用出让合同信息。',
  error_not_found: '保存失败：地块不存在（可能已被删除）。',
  error_invalid_input: '保存失败：填写内容有误，请检查后重试。',
  none: '该状态之后没有可变更的状态',
} as const;

/** The shape the English strings must match. */
export type StateChangeStrings = { [K in keyof typeof stateChangeZh]: string };
