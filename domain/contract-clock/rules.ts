/**
 * The figures of the post-grant contract clock (履约监管), in one place. Each is the law's figure where the law
 * gives one; the others are practice and may be changed here.
 */
export const CONTRACT_CLOCK_RULES = {
  /**
   * Days past the agreed start without starting after which land is idle: one year (国土资源部令第53号
   * 第二条). Whole days, 365 — across a 29 February this is one day before the anniversary (the cautious side).
   */
  idleDays: 365,
  /** Days past the agreed start after which idle land may be reclaimed without compensation: two years (第十四条). */
  reclaimDays: 730,
  /** A not-yet-started parcel whose agreed start is at most this many days away is flagged (practice). */
  dueSoonDays: 180,
  /** Idle fee as a share of the land price: 20 % (第十四条 第一项). */
  idleFeeRate: 0.2,
  /** Longest extension of the start a 补充协议 may grant, days: one year (第十二条 第一项). */
  maxExtensionDays: 365,
  /** Partial development: developed land below this share of the land to develop is idle once halted (第二条). */
  partialAreaShare: 1 / 3,
  /** Partial development: investment below this share of the total is idle once halted (第二条). */
  partialInvestmentShare: 0.25,
  /** Partial development: days the works must have stood still (中止开发建设满一年, 第二条). */
  haltedDays: 365,
  /**
   * Days after the agreed completion by which the project should reach full production (达产) and pass the
   * contract's performance check (履约验收). Not in the law: Guangdong's 投资监管协议 set it per contract;
   * one year is a common figure and a setting here.
   */
  productionDueDays: 365,
  /**
   * 批而未供: approved (农转用 / 征收) land not supplied after this many days is flagged — two years, after which
   * the next year's new construction-land quota is cut (建设用地"增存挂钩", 自然资规〔2018〕1号).
   */
  approvedUnsuppliedWarnDays: 730,
} as const;

/** The rules' type, for callers that pass their own settings. */
export type ContractClockRules = { -readonly [K in keyof typeof CONTRACT_CLOCK_RULES]: number };
