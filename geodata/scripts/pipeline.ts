/**
 * The incoming pipeline (在谈 / 过会 / 签约 without land): the belt's 9 signed projects plus generated
 * projects, most from Shenzhen. Key dates are arranged so that the article's counts can be read off the data:
 * exactly 12 Shenzhen projects reached 过会 in 2017 (incl. 佰维 and 康凯斯), 50-odd were first contacted in
 * 2017, and this year's visits have begun.
 */
import type { Industry, Origin, ProjectStage } from '../../domain/enums.ts';
import type { Project } from '../../domain/schemas.ts';
import { BELT_SIGNED } from './belt-signed.ts';
import type { NameMaker } from './names.ts';
import { AS_OF_DAY, dayOf, isoOf, type Rng } from './prng.ts';

/** Where pipeline projects of each industry want to go (the belt twice for the 4+1 to weight it). */
const TARGETS: Record<Industry, readonly string[]> = {
  semiconductor: ['belt-357', 'belt-357', 'sino-korea', 'chenjiang'],
  laser: ['belt-357', 'belt-357', 'huihuan', 'huinan'],
  beidou: ['belt-357', 'belt-357', 'dongjiang', 'chenjiang'],
  ai: ['belt-357', 'belt-357', 'zichuang', 'huinan', 'dongjiang'],
  bigdata_iot: ['belt-357', 'belt-357', 'zichuang', 'dongjiang', 'huinan'],
  new_energy: ['chenjiang', 'huihuan'],
  other: ['chenjiang', 'huihuan', 'sino-korea'],
};

const SZ_INDUSTRY: Record<Industry, number> = {
  semiconductor: 18,
  laser: 18,
  beidou: 10,
  ai: 18,
  bigdata_iot: 22,
  new_energy: 8,
  other: 6,
};

/** How many 2017 过会 the article reports for Shenzhen projects. */
export const SHENZHEN_APPROVED_2017 = 12;

interface Plan {
  origin: Origin;
  stage: ProjectStage;
  /** First contact in 2018 (this year's visits). */
  thisYear: boolean;
  floorOnly: boolean;
}

function plans(): Plan[] {
  const p: Plan[] = [];
  const add = (n: number, plan: Plan) => {
    for (let i = 0; i < n; i++) p.push({ ...plan });
  };
  add(24, { origin: 'shenzhen', stage: 'negotiating', thisYear: false, floorOnly: false });
  add(14, { origin: 'shenzhen', stage: 'negotiating', thisYear: true, floorOnly: false });
  add(12, { origin: 'shenzhen', stage: 'approved', thisYear: false, floorOnly: false });
  add(8, { origin: 'shenzhen', stage: 'signed', thisYear: false, floorOnly: false });
  add(5, { origin: 'korea', stage: 'negotiating', thisYear: false, floorOnly: false });
  add(3, { origin: 'local', stage: 'approved', thisYear: false, floorOnly: false });
  add(4, { origin: 'local', stage: 'negotiating', thisYear: false, floorOnly: true });
  add(3, { origin: 'other', stage: 'negotiating', thisYear: false, floorOnly: false });
  add(4, { origin: 'shenzhen', stage: 'lead', thisYear: true, floorOnly: false });
  add(2, { origin: 'shenzhen', stage: 'terminated', thisYear: false, floorOnly: false });
  return p;
}

function landDemand(rng: Rng): number {
  const r = rng.float();
  const mu = r < 0.5 ? rng.range(20, 80) : r < 0.8 ? rng.range(80, 160) : rng.range(160, 300);
  return Math.round(mu);
}

/** Builds the pipeline projects; `approvedSoFar` = Shenzhen projects already approved in 2017 (landed ones). */
export function buildPipeline(rng: Rng, names: NameMaker, approvedSoFar: number): Project[] {
  const out: Project[] = BELT_SIGNED.map((s) => {
    const approved = s.approved ? dayOf(s.approved) : null;
    return {
      id: s.id,
      name: s.name,
      enterprise: s.enterprise,
      industry: s.industry,
      origin: s.origin,
      investmentWan: s.investmentWan,
      landDemandMu: s.landDemandMu,
      floorDemandM2: s.floorDemandM2,
      stage: s.stage,
      targetPlatformId: 'belt-357',
      rdOriented: s.rdOriented,
      neededBy: s.neededBy,
      annualOutputWan: s.annualOutputWan,
      keyDates: {
        firstContact: isoOf((approved ?? AS_OF_DAY) - rng.int(90, 240)),
        approved: s.approved,
        signed: s.signed,
        landAcquired: null,
        started: null,
        producing: null,
      },
      parcelIds: [],
    };
  });
  let approved2017 =
    approvedSoFar +
    out.filter((p) => p.origin === 'shenzhen' && p.keyDates.approved?.startsWith('2017')).length;
  plans().forEach((plan, i) => {
    const industry =
      plan.origin === 'korea'
        ? rng.pick<Industry>(['semiconductor', 'semiconductor', 'ai', 'other'])
        : rng.weighted(SZ_INDUSTRY);
    const inv = names.enterprise(industry, plan.origin);
    let target = rng.pick(plan.origin === 'korea' ? ['sino-korea'] : TARGETS[industry]);
    // The belt's signed projects are exactly the 20 of the article; other signings go elsewhere.
    if (plan.stage === 'signed' && target === 'belt-357')
      target = TARGETS[industry].find((t) => t !== 'belt-357') ?? 'zichuang';
    const mu = plan.floorOnly ? null : landDemand(rng);
    const floor = plan.floorOnly
      ? Math.round(rng.range(3000, 15000) / 500) * 500
      : rng.chance(0.25)
        ? Math.round(rng.range(5000, 30000) / 500) * 500
        : null;
    const investmentWan = Math.round(((mu ?? (floor ?? 5000) / 200) * rng.range(250, 600)) / 1000) * 1000;
    // Dates: first contact, then 过会, then 签约, all before the as-of date.
    const contact = plan.thisYear
      ? rng.int(dayOf('2018-01-04'), AS_OF_DAY - 3)
      : plan.stage === 'terminated' || (plan.stage === 'negotiating' && rng.chance(0.25))
        ? // Talks that started before 2017 (and the deals that fell through).
          rng.int(dayOf('2016-03-01'), dayOf('2016-12-20'))
        : rng.int(dayOf('2017-01-05'), dayOf('2017-11-30'));
    let approvedDay: number | null = null;
    let signedDay: number | null = null;
    if (plan.stage === 'approved' || plan.stage === 'signed') {
      const in2017 =
        plan.origin === 'shenzhen' && approved2017 < SHENZHEN_APPROVED_2017 && contact < dayOf('2017-10-01');
      if (in2017) approved2017 += 1;
      approvedDay = in2017
        ? rng.int(Math.max(contact + 30, dayOf('2017-03-01')), dayOf('2017-12-28'))
        : rng.int(Math.max(contact + 30, dayOf('2018-01-03')), AS_OF_DAY - 10);
      if (plan.stage === 'signed') signedDay = rng.int(approvedDay + 5, AS_OF_DAY - 2);
    }
    const rd = (industry === 'ai' || industry === 'bigdata_iot') && rng.chance(0.4);
    out.push({
      id: `prj-${String(i + 1).padStart(4, '0')}`,
      name: names.project(inv.short, industry),
      enterprise: inv.enterprise,
      industry,
      origin: plan.origin,
      investmentWan,
      landDemandMu: mu,
      floorDemandM2: floor,
      stage: plan.stage,
      targetPlatformId: target,
      rdOriented: rd,
      neededBy:
        plan.stage === 'lead' || plan.stage === 'terminated'
          ? null
          : isoOf(rng.int(dayOf('2018-06-01'), dayOf('2019-12-31'))),
      annualOutputWan: rng.chance(0.5)
        ? Math.round((investmentWan * rng.range(1.2, 2.5)) / 1000) * 1000
        : null,
      keyDates: {
        firstContact: isoOf(contact),
        approved: approvedDay === null ? null : isoOf(approvedDay),
        signed: signedDay === null ? null : isoOf(signedDay),
        landAcquired: null,
        started: null,
        producing: null,
      },
      parcelIds: [],
    });
  });
  return out;
}
