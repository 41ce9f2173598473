/**
 * Carry-over plan of a merge (合宗), on top of the common rules of carry-over-plan.ts. Only parcels that are the
 * same kind of land can become one: same platform, same land-supply state, same land use — else refused (change
 * the attribute first, on purpose, where it is audited). Not while 挂牌 listed (国土资源部令第39号 第九条: the
 * announcement fixes the parcel). Granted land (已出让 or later) merges only within one holder: the same linked
 * projects and the same 出让合同 dates (record a 补充协议 first when they differ).
 * The merged parcel takes: `stateSince` the latest of the parents' (it is wholly in the state only since then);
 * the expected ready date the latest known (the land is ready when all of it is); the maximum plot ratio the
 * lowest (the stricter 控规 value — edit it afterwards if the plan allows more); the town of the largest parent;
 * the land price the sum (null when none has one); every project link of every parent; every 三旧 site link.
 */
import { compareIso } from '../dates.ts';
import { LAND_STATE_ZH } from '../enums.ts';
import { LAND_STATE_EN } from '../labels-en.ts';
import { isAcquired } from '../land-states.ts';
import { m2ToMu } from '../units.ts';
import type { CarryOverPlan, CarryParcel, CarryRule, NewParcelPlan } from './carry-over-plan.ts';
import { type EditRefusal, refuse } from './edit-refusal.ts';

const latest = (dates: readonly (string | null)[]): string | null =>
  dates
    .filter((d): d is string => d !== null)
    .sort(compareIso)
    .at(-1) ?? null;

const sameContract = (a: CarryParcel, b: CarryParcel) =>
  a.contract.signed === b.contract.signed &&
  a.contract.agreedDelivery === b.contract.agreedDelivery &&
  a.contract.agreedStart === b.contract.agreedStart &&
  a.contract.agreedCompletion === b.contract.agreedCompletion;

const sameProjects = (a: CarryParcel, b: CarryParcel) =>
  [...a.projectIds].sort().join('\n') === [...b.projectIds].sort().join('\n');

/** First reason the parcels cannot be merged (attributes, not geometry), or null. */
function attributeRefusal(parents: readonly CarryParcel[]): EditRefusal | null {
  const first = parents[0]!;
  const about = (p: CarryParcel) => ({ parcelId: p.id, parcelCode: p.code });
  for (const p of parents) {
    if (p.state === 'listed') {
      return refuse(
        'state_locked',
        `地块 ${p.code} 正在挂牌，不能合宗；请先撤牌。`,
        `Parcel ${p.code} is listed for sale and cannot be merged; withdraw the listing first.`,
        about(p),
      );
    }
    if (p.platformId !== first.platformId) {
      return refuse(
        'different_platform',
        `地块 ${p.code} 与 ${first.code} 属于不同平台。`,
        `Parcel ${p.code} belongs to another platform than ${first.code}.`,
        about(p),
      );
    }
    if (p.state !== first.state) {
      return refuse(
        'different_state',
        `地块 ${p.code}（${LAND_STATE_ZH[p.state]}）与 ${first.code}（${LAND_STATE_ZH[first.state]}）供地状态不同。`,
        `Parcel ${p.code} (${LAND_STATE_EN[p.state]}) is in another state than ${first.code} (${LAND_STATE_EN[first.state]}).`,
        about(p),
      );
    }
    if (p.landUse !== first.landUse) {
      return refuse(
        'different_land_use',
        `地块 ${p.code}（${p.landUse}）与 ${first.code}（${first.landUse}）用地性质不同。`,
        `Parcel ${p.code} (${p.landUse}) has another land use than ${first.code} (${first.landUse}).`,
        about(p),
      );
    }
    if (isAcquired(first.state) && !sameProjects(p, first)) {
      return refuse(
        'different_holders',
        `已出让地块 ${p.code} 与 ${first.code} 的用地项目不同，不能合宗。`,
        `Granted parcels ${p.code} and ${first.code} are held by different projects and cannot be merged.`,
        about(p),
      );
    }
    if (isAcquired(first.state) && !sameContract(p, first)) {
      return refuse(
        'contracts_differ',
        `已出让地块 ${p.code} 与 ${first.code} 的出让合同日期不同；请先签订补充协议。`,
        `Granted parcels ${p.code} and ${first.code} have different contract dates; record a supplementary agreement first.`,
        about(p),
      );
    }
  }
  return null;
}

/** The carry-over plan of merging `parents` into one parcel `code` of `areaM2` (㎡) on `date` (ISO); or a refusal. */
export function planMerge(
  parents: readonly CarryParcel[],
  merged: { code: string; areaM2: number },
  date: string,
  redevelopmentSiteIds: readonly string[] = [],
): CarryOverPlan | EditRefusal {
  if (parents.length < 2)
    return refuse('too_few_parcels', '合宗至少需要两宗地块。', 'A merge needs at least two parcels.');
  const refusal = attributeRefusal(parents);
  if (refusal) return refusal;
  const first = parents[0]!;
  const largest = [...parents].sort((a, b) => b.areaM2 - a.areaM2)[0]!;
  const prices = parents.map((p) => p.landPriceWan).filter((w): w is number => w !== null);
  const codes = parents.map((p) => p.code).join('、');
  const stateSince = latest(parents.map((p) => p.stateSince))!;
  const created: NewParcelPlan = {
    code: merged.code,
    areaM2: merged.areaM2,
    areaMu: m2ToMu(merged.areaM2),
    platformId: first.platformId,
    town: largest.town,
    landUse: first.landUse,
    plotRatioMax: Math.min(...parents.map((p) => p.plotRatioMax)),
    state: first.state,
    stateSince,
    expectedReadyDate: latest(parents.map((p) => p.expectedReadyDate)),
    contract: { ...largest.contract },
    landPriceWan: prices.length ? Math.round(prices.reduce((s, w) => s + w, 0) * 100) / 100 : null,
    projectIds: [...new Set(parents.flatMap((p) => p.projectIds))].sort(),
    derivedFrom: parents.map((p) => p.id),
    openingEvent: { from: null, to: first.state, date, note: `由 ${codes} 合宗 / merged from ${codes}` },
  };
  return {
    kind: 'merge',
    date,
    retire: parents.map((p) => ({ parcelId: p.id, code: p.code, reason: 'merge' as const })),
    created: [created],
    redevelopment: redevelopmentSiteIds.map((siteId) => ({ siteId, toCode: merged.code })),
    rules: mergeRules(parents, created, codes),
  };
}

function mergeRules(parents: readonly CarryParcel[], c: NewParcelPlan, codes: string): CarryRule[] {
  const ratios = [...new Set(parents.map((p) => p.plotRatioMax))];
  const rules: CarryRule[] = [
    {
      topic: 'retire',
      zh: `${codes} 注销（不删除），由 ${c.code} 取代。`,
      en: `${codes} are retired (not deleted) and replaced by ${c.code}.`,
    },
    {
      topic: 'state',
      zh: `供地状态 ${LAND_STATE_ZH[c.state]}，自 ${c.stateSince}（各宗中最晚者）。`,
      en: `State ${LAND_STATE_EN[c.state]} since ${c.stateSince} (the latest of the parcels).`,
    },
    {
      topic: 'events',
      zh: `各原地块的历史事件留在原地块；${c.code} 的历史从合宗开始，并链接到原地块。`,
      en: `The old parcels keep their events; ${c.code}'s history starts with the merge and links back to them.`,
    },
    {
      topic: 'projects',
      zh: `关联项目：${c.projectIds.join('、') || '无'}。`,
      en: `Linked projects: ${c.projectIds.join(', ') || 'none'}.`,
    },
  ];
  if (ratios.length > 1) {
    rules.push({
      topic: 'attributes',
      zh: `容积率上限取较低值 ${c.plotRatioMax}（原为 ${ratios.join('、')}）。`,
      en: `The maximum plot ratio takes the lower value ${c.plotRatioMax} (was ${ratios.join(', ')}).`,
    });
  }
  if (c.landPriceWan !== null) {
    rules.push({
      topic: 'land_price',
      zh: `出让价款合计 ${c.landPriceWan} 万元。`,
      en: `Land prices add up to ${c.landPriceWan} 万元.`,
    });
  }
  return rules;
}
