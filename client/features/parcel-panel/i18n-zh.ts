/** Chinese strings of the parcel panel's state-change form, merged into i18n under `stateChange`. */
export const stateChangeZh = {
  title: '变更供地状态',
  to: '新状态',
  date: '变更日期',
  note: '说明',
  notePlaceholder: '如：挂牌公告编号、交地确认书',
  who: '记录人',
  whoPlaceholder: '姓名或科室',
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
  none: '该状态之后没有可变更的状态',
} as const;

/** The shape the English strings must match. */
export type StateChangeStrings = { [K in keyof typeof stateChangeZh]: string };
