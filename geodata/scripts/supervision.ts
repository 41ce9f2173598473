/**
 * Grant records of the sample (domain/grant-records.ts), drawn after the histories with a PRNG of their own so
 * that the earlier draws (and the article's figures) stay as they were:
 * - transferred parcels past their agreed delivery: delivered within weeks, unless the delay is long (> 180 days)
 *   — then the government still owes the land (交地逾期, 国土资源部令第53号 第八条) and the parcel stays 已出让;
 * - grant mode (挂牌, with a few 弹性年期 / 先租后让 terms), conditions, actual delivery, 动工 evidence (第三十条)
 *   after the permit (a few recent permits without it), supply readiness of unsupplied land;
 * - so that every rule shows on the map: 补充协议 on a few parcels, one parcel delivered 200 days late with an
 *   amendment, partial development on two, the idle-land procedure at every stage, one 三旧 自行改造 granted
 *   by agreement;
 * - fixed-asset investment of every project, and 二期 projects as expansions of their enterprise.
 */
import { contractClock } from '../../domain/contract-clock/index.ts';
import type { ComplianceStep } from '../../domain/contract-clock/records.ts';
import { addDays, daysBetween } from '../../domain/dates.ts';
import { LAND_STATES, type LandState } from '../../domain/enums.ts';
import { maxTermYears } from '../../domain/grant.ts';
import type { GrantRecords } from '../../domain/grant-records.ts';
import { clockInput } from '../../domain/parcel-supervision.ts';
import type { Project } from '../../domain/schemas.ts';
import type { ParcelDraft } from './parcels.ts';
import { AS_OF, Rng } from './prng.ts';

/** Offset of this pass's PRNG seed from the dataset's seed. */
const SEED_OFFSET = 11;
/** An undelivered parcel this many days past its agreed delivery is a government delay; sooner ones were delivered. */
const GOVERNMENT_DELAY_DAYS = 180;

const rank = (s: LandState) => LAND_STATES.indexOf(s);
const yesterday = addDays(AS_OF, -1);
const minIso = (a: string, b: string) => (a < b ? a : b);
const maxIso = (a: string, b: string) => (a > b ? a : b);
const eventDate = (d: ParcelDraft, s: LandState) => d.events.find((e) => e.to === s)?.date ?? null;

/** Holder groups (parcels of one project share one contract and history), in parcel order. */
function holderGroups(drafts: readonly ParcelDraft[]): ParcelDraft[][] {
  const m = new Map<string, ParcelDraft[]>();
  for (const d of drafts) if (d.holderId) m.set(d.holderId, [...(m.get(d.holderId) ?? []), d]);
  return [...m.values()];
}

/** Appends the 交地 event to every parcel of a group on `date`. */
function deliver(group: readonly ParcelDraft[], date: string): void {
  for (const d of group) {
    d.events.push({
      from: 'transferred',
      to: 'delivered',
      date,
      note: '现场交地，签署交地确认书',
      who: '区国土分局',
    });
    d.state = 'delivered';
    d.stateSince = date;
  }
}

/** Transferred groups past their agreed delivery: delivered soon after, unless the government's delay is long. */
function deliverOrDelay(rng: Rng, groups: readonly ParcelDraft[][]): void {
  for (const g of groups) {
    const first = g[0]!;
    const agreed = first.contract.agreedDelivery;
    if (first.state !== 'transferred' || agreed == null || agreed >= AS_OF) continue;
    if (daysBetween(agreed, AS_OF) > GOVERNMENT_DELAY_DAYS) continue;
    deliver(g, maxIso(minIso(addDays(agreed, rng.int(0, 20)), yesterday), first.stateSince));
  }
}

function grantOf(rng: Rng, d: ParcelDraft): GrantRecords['grant'] {
  const max = maxTermYears(d.landUse);
  const flexible = max === 50 && rng.chance(0.1);
  return {
    mode: 'listing',
    legalBasis: null,
    termYears: flexible ? rng.pick([20, 30]) : max,
    leaseFirst: flexible && rng.chance(0.4),
  };
}

function conditionsOf(rng: Rng, d: ParcelDraft, grant: GrantRecords['grant'], intensity: number | null) {
  const price = d.landPriceWan ?? 0;
  return {
    plotRatioMin: Math.max(1, Math.round(d.plotRatioMax * rng.range(0.4, 0.6) * 10) / 10),
    plotRatioMax: d.plotRatioMax,
    buildingCoverageMin: rng.pick([30, 35, 40]),
    greenRatioMax: rng.pick([10, 15, 20]),
    heightLimitM: rng.pick([24, 36, 50, 60]),
    termYears: grant?.termYears ?? null,
    startPriceWan: Math.round(price * rng.range(0.75, 0.95) * 10) / 10,
    // Contracts on the 2008 model text state a daily rate; older ones in the sample do not record it.
    penaltyPermillePerDay: (d.contract.signed ?? '') >= '2016-01-01' ? 1 : null,
    investmentIntensityWanPerMu: intensity == null ? null : Math.floor(intensity / 10) * 10,
    outputPerMuWan: rng.pick([300, 400, 500, 600, 800]),
    taxPerMuWan: rng.pick([15, 20, 25, 30, 40]),
  };
}

/** 动工 per 第三十条 after the permit (在建 event); a recent permit is sometimes not followed by a start yet. */
function startedOf(rng: Rng, d: ParcelDraft): GrantRecords['started'] {
  const permit = eventDate(d, 'under_construction');
  if (permit == null) return null;
  if (d.state === 'under_construction' && daysBetween(permit, AS_OF) < 75 && rng.chance(0.5)) return null;
  const cap = minIso(eventDate(d, 'completed') ?? yesterday, yesterday);
  const date = maxIso(minIso(addDays(permit, rng.int(15, 90)), cap), permit);
  return { date, evidence: rng.pick(['excavation_done', 'piles_done', 'foundation_third'] as const) };
}

/** Supply readiness of an unsupplied parcel: approvals, quota, clearance, levelling. */
function readinessOf(rng: Rng, d: ParcelDraft): GrantRecords['readiness'] {
  const at = (s: LandState) => eventDate(d, s);
  if (d.state === 'planned') {
    const approved = rng.chance(0.25);
    const planned = at('planned') ?? d.stateSince;
    // Conversion of planned land is approved ahead of its supply, within the last few years.
    const date = approved ? maxIso(addDays(AS_OF, -rng.int(60, 900)), planned) : null;
    return {
      conversionApproved: date,
      quotaAllocated: approved && rng.chance(0.6),
      demolitionPct: approved ? rng.int(0, 40) : 0,
      siteLevelled: false,
    };
  }
  const reserve = at('reserve') ?? d.events[0]!.date;
  const ready = rank(d.state) >= rank('ready');
  return {
    conversionApproved: addDays(reserve, -rng.int(20, 200)),
    quotaAllocated: true,
    demolitionPct: ready ? 100 : rng.int(50, 95),
    siteLevelled: ready,
  };
}

/** Base records of every parcel; holders' conditions commit to their project's fixed-asset intensity. */
function baseRecords(rng: Rng, drafts: ParcelDraft[], projects: readonly Project[]): void {
  const byId = new Map(projects.map((p) => [p.id, p]));
  for (const d of drafts) {
    if (d.holderId == null) {
      d.records = { ...d.records, readiness: readinessOf(rng, d) };
      continue;
    }
    const p = byId.get(d.holderId);
    const mu = p?.parcelIds.reduce((s, id) => s + (drafts.find((x) => x.id === id)?.areaMu ?? 0), 0) ?? 0;
    const intensity = p?.fixedInvestmentWan != null && mu > 0 ? p.fixedInvestmentWan / mu : null;
    const grant = grantOf(rng, d);
    d.records = {
      ...d.records,
      grant,
      conditions: conditionsOf(rng, d, grant, intensity),
      deliveryActual: eventDate(d, 'delivered'),
      started: startedOf(rng, d),
    };
  }
}

/** The clock of a parcel on the as-of date, from its current records. */
const clockOf = (d: ParcelDraft) => contractClock(clockInput(d, d.records), AS_OF);

let docNo = 0;
const docNumber = (kind: string, date: string) => `惠仲${kind}〔${date.slice(0, 4)}〕${++docNo}号`;

/** 补充协议 on three groups whose start is near or just past: the start moves by 3–10 months. */
function addAmendments(rng: Rng, groups: readonly ParcelDraft[][]): void {
  const reasons = [
    '规划条件调整，重新约定开工期限',
    '配套道路未建成，经协商延期动工',
    '项目设计方案调整，延期动工',
  ];
  const picks = groups
    .filter((g) => ['due_soon', 'overdue'].includes(clockOf(g[0]!).idle.status))
    .slice(0, 3);
  for (const g of picks) {
    const c = g[0]!.contract;
    const start = c.agreedStart!;
    const date = maxIso(minIso(addDays(start, -rng.int(10, 60)), yesterday), c.signed!);
    const moveBy = rng.int(90, 300);
    const amendment = {
      date,
      agreedStart: addDays(start, moveBy),
      agreedCompletion: addDays(c.agreedCompletion!, moveBy),
      reason: rng.pick(reasons),
      documentNo: docNumber('国土补', date),
    };
    for (const d of g) d.records = { ...d.records, amendments: [amendment] };
  }
}

/** One delivered group handed over 200 days late (the government's delay), then amended after the delivery. */
function addLateDelivery(groups: readonly ParcelDraft[][]): void {
  const g = groups.find((x) => {
    const d = x[0]!;
    const agreed = d.contract.agreedDelivery!;
    return (
      d.state === 'delivered' &&
      d.records.amendments.length === 0 &&
      daysBetween(agreed, AS_OF) > 260 &&
      clockOf(d).idle.status === 'overdue'
    );
  });
  if (!g) throw new Error('no parcel for the late-delivery example');
  const c = g[0]!.contract;
  const actual = addDays(c.agreedDelivery!, 200);
  const date = addDays(actual, 10);
  const amendment = {
    date,
    agreedStart: addDays(actual, 150),
    agreedCompletion: addDays(actual, 150 + daysBetween(c.agreedStart!, c.agreedCompletion!)),
    reason: '政府逾期交地，重新约定开工及竣工期限（《闲置土地处置办法》第十二条）',
    documentNo: docNumber('国土补', date),
  };
  for (const d of g) {
    const ev = d.events.find((e) => e.to === 'delivered')!;
    ev.date = actual;
    d.stateSince = actual;
    d.records = { ...d.records, deliveryActual: actual, amendments: [amendment] };
  }
}

/** Two long-started groups developed below the thresholds of 第二条 and halted for over a year. */
function addPartialDevelopment(rng: Rng, groups: readonly ParcelDraft[][]): void {
  const picks = groups
    .filter((g) => {
      const s = g[0]!.records.started;
      return g[0]!.state === 'under_construction' && s != null && daysBetween(s.date, AS_OF) >= 520;
    })
    .slice(0, 2);
  for (const g of picks) {
    const started = g[0]!.records.started!.date;
    const development = {
      areaPct: rng.int(12, 30),
      investmentPct: rng.int(10, 24),
      haltedSince: minIso(addDays(started, rng.int(60, 120)), addDays(AS_OF, -400)),
    };
    for (const d of g) d.records = { ...d.records, development };
  }
}

/** The idle-land procedure at every stage on the suspected groups (most overdue first). */
function addProcedure(rng: Rng, groups: readonly ParcelDraft[][]): void {
  const suspect = groups
    .map((g) => ({ g, clock: clockOf(g[0]!) }))
    .filter((x) => x.clock.compliance.status === 'suspected_idle' && !x.clock.compliance.partialDevelopment)
    .sort((a, b) => b.clock.idle.daysOverdue - a.clock.idle.daysOverdue);
  const plans: ComplianceStep['step'][][] = [
    ['investigated', 'confirmed_idle', 'reclaimed'],
    ['investigated', 'confirmed_idle', 'fee_levied'],
    ['investigated', 'confirmed_idle'],
    ['investigated'],
  ];
  suspect.slice(0, plans.length).forEach(({ g, clock }, i) => {
    let date = addDays(clock.idle.idleDate!, rng.int(20, 60));
    const steps: ComplianceStep[] = [];
    for (const step of plans[i]!) {
      if (step === 'reclaimed') date = maxIso(date, addDays(clock.idle.reclaimDate!, rng.int(10, 40)));
      const hearing = step === 'reclaimed' ? addDays(date, -rng.int(15, 30)) : null;
      steps.push({
        step,
        date: minIso(date, yesterday),
        decisionNo:
          step === 'investigated'
            ? null
            : docNumber(step === 'confirmed_idle' ? '闲认' : step === 'fee_levied' ? '闲征' : '闲收', date),
        hearingDate: hearing,
        note: '',
      });
      date = addDays(date, rng.int(30, 90));
    }
    for (const d of g) d.records = { ...d.records, complianceSteps: steps };
  });
}

/** One 自创区 group becomes a 三旧 自行改造 granted by agreement: 规划 → 已出让, never through the reserve. */
function addAgreementGrant(groups: readonly ParcelDraft[][]): void {
  const g = groups.find(
    (x) =>
      x[0]!.platformId === 'zichuang' &&
      x[0]!.state === 'transferred' &&
      clockOf(x[0]!).idle.status === 'on_track',
  );
  if (!g) throw new Error('no parcel for the 协议出让 example');
  for (const d of g) {
    const planned = d.events.find((e) => e.to === 'planned') ?? {
      ...d.events[0]!,
      to: 'planned' as const,
      from: null,
      note: '纳入三旧改造标图建库，规划为产业用地',
      who: '区规划分局',
    };
    const transfer = d.events.find((e) => e.to === 'transferred')!;
    d.events = [
      { ...planned, from: null, date: minIso(planned.date, transfer.date) },
      {
        ...transfer,
        from: 'planned',
        note: '三旧改造原土地使用权人自行改造，协议出让，签订国有建设用地使用权出让合同',
      },
      ...d.events.filter((e) => rank(e.to) > rank('transferred')),
    ];
    d.records = {
      ...d.records,
      grant: { mode: 'agreement', legalBasis: 'sanjiu_self_redevelopment', termYears: 50, leaseFirst: false },
    };
  }
}

/** Fixed-asset investment (55–85 % of the total) of every project; 二期 projects expand their enterprise. */
function projectFigures(rng: Rng, projects: Project[]): void {
  for (const p of projects) {
    p.fixedInvestmentWan = Math.round((p.investmentWan * rng.range(0.55, 0.85)) / 100) * 100;
    p.expansionOf = p.name.includes('二期') ? p.enterprise : null;
  }
}

/** Adds the grant records to the drafts and the investment figures to the projects (in place). */
export function addSupervision(seed: number, drafts: ParcelDraft[], projects: Project[]): void {
  const rng = new Rng(seed + SEED_OFFSET);
  docNo = 0;
  projectFigures(rng, projects);
  const groups = holderGroups(drafts);
  deliverOrDelay(rng, groups);
  baseRecords(rng, drafts, projects);
  addAmendments(rng, groups);
  addLateDelivery(groups);
  addPartialDevelopment(rng, groups);
  addProcedure(rng, groups);
  addAgreementGrant(groups);
}
