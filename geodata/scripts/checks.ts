/**
 * Generator-side guards: the article's figures and the data's internal consistency are checked before any file
 * is written, so a change of seed or parameters cannot silently produce a dataset that contradicts the article (geodata/README.md, "Fact or illustration?").
 * (tests/unit/geodata.test.ts re-checks the written files independently.)
 */
import * as turf from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { LAND_STATES, PROJECT_STAGES } from '../../domain/enums.ts';
import type { RedevelopmentProps } from '../../domain/geodata-files.ts';
import type { Project, TechUpgrade } from '../../domain/schemas.ts';
import type { PlatformShape } from './layout.ts';
import type { ParcelDraft } from './parcels.ts';
import { ZICHUANG_2018_AREA_M2 } from './redevelopment.ts';

interface CheckInput {
  platforms: PlatformShape[];
  drafts: ParcelDraft[];
  projects: Project[];
  redevelopment: Feature<Polygon, RedevelopmentProps>[];
  techUpgrades: TechUpgrade[];
}

function must(ok: boolean, what: string): void {
  if (!ok) throw new Error(`sample data check failed: ${what}`);
}

const rankOf = (s: Project['stage']) => PROJECT_STAGES.indexOf(s);
const SIGNED = rankOf('signed');
const LANDED = rankOf('land_acquired');
const PIPELINE = new Set<Project['stage']>(['negotiating', 'approved', 'signed']);

/** Throws when a figure of the article or a consistency rule does not hold. */
export function checkFigures({ platforms, drafts, projects, redevelopment, techUpgrades }: CheckInput): void {
  const belt = platforms.find((p) => p.id === 'belt-357');
  must(!!belt, 'belt exists');
  const beltKm2 = turf.area(belt!.feature) / 1e6;
  must(beltKm2 >= 29 && beltKm2 <= 31, `belt area ${beltKm2} km²`);
  const inBelt = projects.filter((p) => p.targetPlatformId === 'belt-357' && p.stage !== 'terminated');
  const signed = inBelt.filter((p) => rankOf(p.stage) >= SIGNED);
  const landed = inBelt.filter((p) => rankOf(p.stage) >= LANDED);
  const sum = (ps: Project[]) => ps.reduce((s, p) => s + p.investmentWan, 0);
  must(signed.length === 20 && sum(signed) === 1_560_000, `belt signed ${signed.length} / ${sum(signed)}`);
  must(landed.length === 11 && sum(landed) === 390_000, `belt landed ${landed.length} / ${sum(landed)}`);
  const sz = projects.filter((p) => p.origin === 'shenzhen');
  const approved2017 = sz.filter((p) => p.keyDates.approved?.startsWith('2017')).length;
  must(approved2017 === 12, `Shenzhen 过会 in 2017: ${approved2017}`);
  const contacted2017 = sz.filter((p) => p.keyDates.firstContact?.startsWith('2017')).length;
  must(contacted2017 >= 50 && contacted2017 < 60, `Shenzhen first contacts in 2017: ${contacted2017}`);
  const pipeline = projects.filter((p) => PIPELINE.has(p.stage) && p.parcelIds.length === 0);
  must(
    pipeline.filter((p) => p.origin === 'shenzhen').length >= 60,
    'at least 60 Shenzhen pipeline projects',
  );

  // Parcels: holders link back, transferred-or-later parcels are held, dates are ordered.
  const byId = new Map(drafts.map((d) => [d.id, d]));
  for (const p of projects)
    for (const id of p.parcelIds) must(byId.get(id)?.holderId === p.id, `${p.id} ↔ ${id}`);
  const transferred = LAND_STATES.indexOf('transferred');
  for (const d of drafts) {
    const held = LAND_STATES.indexOf(d.state) >= transferred;
    must(held === (d.holderId !== null), `holder of ${d.id}`);
    const c = d.contract;
    if (held) {
      must(
        !!c.signed && c.signed <= c.agreedDelivery! && c.agreedDelivery! <= c.agreedStart!,
        `contract ${d.id}`,
      );
      must(c.agreedStart! < c.agreedCompletion!, `contract completion ${d.id}`);
    }
    const last = d.events[d.events.length - 1];
    must(
      last?.to === d.state && last.date === d.stateSince && d.stateSince <= '2018-03-09',
      `events ${d.id}`,
    );
    const mu = d.areaMu;
    must(mu >= 20 && mu <= 400, `area of ${d.id}: ${mu} 亩`);
  }

  // Land balance: pipeline demand exceeds ready supply, overall and clearly in the belt.
  const supply = (pid: string | null) =>
    drafts
      .filter((d) => (pid === null || d.platformId === pid) && (d.state === 'ready' || d.state === 'listed'))
      .reduce((s, d) => s + d.areaMu, 0);
  const demand = (pid: string | null) =>
    pipeline
      .filter((p) => pid === null || p.targetPlatformId === pid)
      .reduce((s, p) => s + (p.landDemandMu ?? 0), 0);
  const targeted = new Set(pipeline.map((p) => p.targetPlatformId));
  const supplyTargeted = [...targeted].reduce((s, pid) => s + supply(pid), 0);
  must(demand(null) > supplyTargeted, `demand ${demand(null)} vs supply ${supplyTargeted}`);
  must(
    demand('belt-357') > 1.5 * supply('belt-357'),
    `belt demand ${demand('belt-357')} vs ${supply('belt-357')}`,
  );

  const zc2018 = redevelopment
    .filter((r) => r.properties.platformId === 'zichuang' && r.properties.targetYear === 2018)
    .reduce((s, r) => s + turf.area(r), 0);
  must(Math.abs(zc2018 - ZICHUANG_2018_AREA_M2) <= ZICHUANG_2018_AREA_M2 * 0.005, `三旧 2018 area ${zc2018}`);
  must(techUpgrades.reduce((s, t) => s + t.investmentWan, 0) < 900_000, '技改 below the 90亿 target');
}

/** Figures worth printing after a run (for the README and a human check). */
export function summary({ drafts, projects }: Pick<CheckInput, 'drafts' | 'projects'>): string {
  const perPlatform = new Map<string, number>();
  for (const d of drafts) perPlatform.set(d.platformId, (perPlatform.get(d.platformId) ?? 0) + 1);
  return [
    `parcels ${drafts.length}: ${[...perPlatform].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `projects ${projects.length}`,
  ].join('\n');
}
