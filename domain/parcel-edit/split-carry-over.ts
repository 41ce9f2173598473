/**
 * Carry-over plan of a split (分宗), on top of the common rules of carry-over-plan.ts:
 * - every part keeps the parent's state, `stateSince`, land use, plot ratio, town, platform, expected ready date
 *   and 出让合同 dates (a granted parcel's contract covers each part until a 补充协议 says otherwise — the plan
 *   says so when the parent is granted);
 * - the land price (万元) is shared by area, rounded to 0.01 万元, the rounding remainder on the largest part so the
 *   parts sum to the parent's price exactly;
 * - project links: by default every part keeps every project of the parent; the editor may give a project a
 *   subset of the parts (each project keeps at least one — a split does not take land from its holder);
 * - a 三旧 site linked to the parent moves to the part its geometry overlaps most (the largest part when its
 *   geometry is not given).
 * Refused while the parcel is 挂牌 listed: the listing announcement fixes the parcel's location, area and
 * boundary (招标拍卖挂牌出让国有建设用地使用权规定, 国土资源部令第39号 第九条); withdraw the listing first.
 */
import { LAND_STATE_ZH } from '../enums.ts';
import { LAND_STATE_EN } from '../labels-en.ts';
import { isAcquired } from '../land-states.ts';
import type { AreaGeometry } from '../schemas.ts';
import { m2ToMu } from '../units.ts';
import type { CarryOverPlan, CarryParcel, CarryRule, NewParcelPlan } from './carry-over-plan.ts';
import { type EditRefusal, refuse } from './edit-refusal.ts';
import { overlapAreaM2 } from './topology-check.ts';

/** A part of the split as the plan needs it: its new code, area (㎡) and geometry. */
export interface PlannedPart {
  code: string;
  areaM2: number;
  geometry: AreaGeometry;
}

/** Choices the editor may make; everything else follows the rules. */
export interface SplitChoices {
  /** Project id → indices of the parts that keep the link (default: all parts). */
  projectParts?: Readonly<Record<string, readonly number[]>>;
  /** 三旧 sites linked to the parent, with their geometry (to find the part they overlap most). */
  redevelopmentSites?: readonly { id: string; geometry: AreaGeometry | null }[];
  /** Who records the split (for the opening events' notes, optional). */
  note?: string;
}

/** Shares `total` (万元) by `weights`, rounded to 0.01, remainder on index 0, summing to `total` exactly. */
export function apportionWan(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const cents = Math.round(total * 100);
  const shares = weights.map((w) => Math.round((cents * w) / sum));
  shares[0] = cents - shares.slice(1).reduce((s, c) => s + c, 0);
  return shares.map((c) => c / 100);
}

function projectAssignment(
  parent: CarryParcel,
  count: number,
  chosen: SplitChoices['projectParts'] = {},
): Map<string, number[]> | EditRefusal {
  const out = new Map<string, number[]>();
  for (const [pid, parts] of Object.entries(chosen)) {
    if (!parent.projectIds.includes(pid)) {
      return refuse(
        'invalid_assignment',
        `项目 ${pid} 未关联地块 ${parent.code}。`,
        `Project ${pid} is not linked to parcel ${parent.code}.`,
      );
    }
    if (parts.length === 0 || parts.some((i) => !Number.isInteger(i) || i < 0 || i >= count)) {
      return refuse(
        'invalid_assignment',
        `项目 ${pid} 须分配给 1–${count} 号分块中的至少一块。`,
        `Project ${pid} must keep at least one of parts 1–${count}.`,
      );
    }
  }
  for (const pid of parent.projectIds)
    out.set(pid, [...new Set(chosen[pid] ?? [...Array(count).keys()])].sort());
  return out;
}

function redevelopmentTargets(parts: readonly PlannedPart[], sites: SplitChoices['redevelopmentSites'] = []) {
  return sites.map((s) => {
    let best = 0;
    let bestM2 = -1;
    for (const [i, p] of parts.entries()) {
      const m2 = s.geometry ? overlapAreaM2(s.geometry, p.geometry) : i === 0 ? 1 : 0;
      if (m2 > bestM2) {
        best = i;
        bestM2 = m2;
      }
    }
    return { siteId: s.id, toCode: parts[best]!.code };
  });
}

/** The carry-over plan of splitting `parent` into `parts` (largest first) on `date` (ISO); or a refusal. */
export function planSplit(
  parent: CarryParcel,
  parts: readonly PlannedPart[],
  date: string,
  choices: SplitChoices = {},
): CarryOverPlan | EditRefusal {
  if (parent.state === 'listed') {
    return refuse(
      'state_locked',
      `地块 ${parent.code} 正在挂牌，公告已确定其位置、面积和界址，不能分宗；请先撤牌。`,
      `Parcel ${parent.code} is listed for sale; its announced boundary and area are fixed, so it cannot be split — withdraw the listing first.`,
      { parcelId: parent.id, parcelCode: parent.code },
    );
  }
  const links = projectAssignment(parent, parts.length, choices.projectParts);
  if (!(links instanceof Map)) return links;
  const prices =
    parent.landPriceWan === null
      ? null
      : apportionWan(
          parent.landPriceWan,
          parts.map((p) => p.areaM2),
        );
  const codes = parts.map((p) => p.code).join('、');
  const created: NewParcelPlan[] = parts.map((p, i) => ({
    code: p.code,
    areaM2: p.areaM2,
    areaMu: m2ToMu(p.areaM2),
    platformId: parent.platformId,
    town: parent.town,
    landUse: parent.landUse,
    plotRatioMax: parent.plotRatioMax,
    state: parent.state,
    stateSince: parent.stateSince,
    expectedReadyDate: parent.expectedReadyDate,
    contract: { ...parent.contract },
    landPriceWan: prices ? prices[i]! : null,
    projectIds: [...links.entries()].filter(([, idx]) => idx.includes(i)).map(([pid]) => pid),
    derivedFrom: [parent.id],
    openingEvent: {
      from: null,
      to: parent.state,
      date,
      note: `由 ${parent.code} 分宗 / split from ${parent.code}${choices.note ? `：${choices.note}` : ''}`,
    },
  }));
  const redevelopment = redevelopmentTargets(parts, choices.redevelopmentSites);
  const rules = splitRules(parent, codes, created);
  for (const r of redevelopment) {
    rules.push({
      topic: 'redevelopment',
      zh: `三旧改造项目 ${r.siteId} 关联到与其重叠最多的 ${r.toCode}。`,
      en: `Redevelopment site ${r.siteId} is linked to ${r.toCode}, the part it overlaps most.`,
    });
  }
  return {
    kind: 'split',
    date,
    retire: [{ parcelId: parent.id, code: parent.code, reason: 'split' }],
    created,
    redevelopment,
    rules,
  };
}

function splitRules(parent: CarryParcel, codes: string, created: readonly NewParcelPlan[]): CarryRule[] {
  const st = `${LAND_STATE_ZH[parent.state]}（自 ${parent.stateSince}）`;
  const stEn = `${LAND_STATE_EN[parent.state]} (since ${parent.stateSince})`;
  const rules: CarryRule[] = [
    {
      topic: 'retire',
      zh: `${parent.code} 注销（不删除），由 ${codes} 取代。`,
      en: `${parent.code} is retired (not deleted) and replaced by ${codes}.`,
    },
    {
      topic: 'state',
      zh: `各分块沿用供地状态 ${st}、用地性质、容积率上限和预计净地日期。`,
      en: `Each part keeps the state ${stEn}, land use, maximum plot ratio and expected ready date.`,
    },
    {
      topic: 'events',
      zh: `${parent.code} 的历史事件留在原地块；各分块的历史从分宗开始，并链接到原地块。`,
      en: `${parent.code}'s events stay with it; each part's history starts with the split and links back to it.`,
    },
  ];
  if (isAcquired(parent.state) || parent.contract.signed) {
    rules.push({
      topic: 'contract',
      zh: '各分块沿用原出让合同日期；分割转让须经批准并签订补充协议。',
      en: 'Each part keeps the contract dates; a divided grant needs approval and a supplementary agreement.',
    });
  }
  if (parent.landPriceWan !== null) {
    const shares = created.map((c) => `${c.code} ${c.landPriceWan?.toFixed(2)}`).join('，');
    rules.push({
      topic: 'land_price',
      zh: `出让价款 ${parent.landPriceWan} 万元按面积分摊：${shares} 万元。`,
      en: `The land price of ${parent.landPriceWan} 万元 is shared by area: ${shares} 万元.`,
    });
  }
  for (const pid of parent.projectIds) {
    const to = created
      .filter((c) => c.projectIds.includes(pid))
      .map((c) => c.code)
      .join('、');
    rules.push({
      topic: 'projects',
      zh: `项目 ${pid} 关联到 ${to}。`,
      en: `Project ${pid} is linked to ${to}.`,
    });
  }
  return rules;
}
