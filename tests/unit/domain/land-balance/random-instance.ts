/**
 * Random small matching instances for property tests: parcels tile an R×C grid of rectangles with random
 * widths (so grid neighbours share an edge and diagonal cells touch only at a corner), each vertex jittered by
 * up to 1e-7° independently per parcel, plus up to 6 projects. Also an independent brute-force solver.
 */
import { area } from '@turf/turf';
import fc from 'fast-check';
import type { Industry, LandUse, ProjectStage } from '../../../../domain/enums.ts';
import type { ParcelWithGeometry } from '../../../../domain/land-balance/index.ts';
import type { Platform, Project } from '../../../../domain/schemas.ts';
import { m2ToMu } from '../../../../domain/units.ts';
import { pipelineProject } from '../../../fixtures/pipeline-project.ts';

export const AS_OF = '2018-03-09';
export const PLATFORMS: Platform[] = [
  {
    id: 'pa',
    nameZh: '甲平台',
    nameEn: 'Platform A',
    kind: 'industry_belt',
    focusIndustries: ['laser', 'ai'],
    towns: [],
    areaM2: 0,
  },
  {
    id: 'pb',
    nameZh: '乙平台',
    nameEn: 'Platform B',
    kind: 'industrial_park',
    focusIndustries: ['semiconductor'],
    towns: [],
    areaM2: 0,
  },
];
const DATES = ['2018-01-01', '2018-06-30', '2018-12-31', '2019-06-30'];

export interface Instance {
  rows: number;
  cols: number;
  parcels: ParcelWithGeometry[];
  projects: Project[];
  slack: number;
  maxGroupSize: number;
}

const cellArb = fc.record({
  platformId: fc.constantFrom('pa', 'pb'),
  landUse: fc.constantFrom<LandUse>('1001', '1001', '1001', '100102', 'M0', '0901'),
  state: fc.constantFrom('ready', 'listed', 'ready', 'ready', 'reserve', 'transferred'),
  held: fc.constantFrom(false, false, false, true),
  ready: fc.option(fc.constantFrom(...DATES), { nil: null }),
});
const projectArb = fc.record({
  stage: fc.constantFrom<ProjectStage>('negotiating', 'approved', 'signed'),
  industry: fc.constantFrom<Industry>('laser', 'ai', 'semiconductor', 'bigdata_iot'),
  rdOriented: fc.boolean(),
  demand: fc.integer({ min: 8, max: 140 }),
  investmentWan: fc.integer({ min: 0, max: 50 }).map((x) => x * 1000),
  target: fc.constantFrom<string | null>('pa', 'pb', null),
  neededBy: fc.option(fc.constantFrom(...DATES), { nil: null }),
});

/** Arbitrary instance of ≤ 8 parcels (grid ≤ 8 cells) and ≤ 6 projects. */
export const instanceArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 3 }),
    cols: fc.integer({ min: 1, max: 3 }),
    widths: fc.array(fc.integer({ min: 6, max: 30 }), { minLength: 3, maxLength: 3 }),
    heights: fc.array(fc.integer({ min: 6, max: 30 }), { minLength: 3, maxLength: 3 }),
    cells: fc.array(cellArb, { minLength: 9, maxLength: 9 }),
    jitter: fc.array(fc.double({ min: -1e-7, max: 1e-7, noNaN: true }), { minLength: 80, maxLength: 80 }),
    projects: fc.array(projectArb, { minLength: 1, maxLength: 6 }),
    slack: fc.constantFrom(0.3, 0.5, 1, 2),
    maxGroupSize: fc.constantFrom(1, 2, 3, 4),
  })
  .filter((r) => r.rows * r.cols <= 8)
  .map((r): Instance => {
    const xs = [114.2];
    for (const w of r.widths) xs.push(xs.at(-1)! + w * 1e-4);
    const ys = [23.0];
    for (const h of r.heights) ys.push(ys.at(-1)! + h * 1e-4);
    let j = 0;
    const jit = (): number => r.jitter[j++ % r.jitter.length]!;
    const parcels: ParcelWithGeometry[] = [];
    for (let row = 0; row < r.rows; row++) {
      for (let col = 0; col < r.cols; col++) {
        const c = r.cells[row * 3 + col]!;
        const [x0, x1, y0, y1] = [xs[col]!, xs[col + 1]!, ys[row]!, ys[row + 1]!];
        const ring = [
          [x0 + jit(), y0 + jit()],
          [x1 + jit(), y0 + jit()],
          [x1 + jit(), y1 + jit()],
          [x0 + jit(), y1 + jit()],
        ];
        ring.push([...ring[0]!]);
        const geometry = { type: 'Polygon' as const, coordinates: [ring] };
        const areaM2 = area({ type: 'Feature', geometry, properties: {} });
        const state = c.state as ParcelWithGeometry['state'];
        parcels.push({
          id: `g${row}${col}`,
          code: `g${row}${col}`,
          platformId: c.platformId,
          town: '',
          landUse: c.landUse,
          areaM2,
          areaMu: m2ToMu(areaM2),
          plotRatioMax: 2,
          state,
          stateSince: '2017-01-01',
          expectedReadyDate: state === 'reserve' ? c.ready : null,
          contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
          landPriceWan: null,
          projectIds: c.held ? ['holder'] : [],
          version: 1,
          geometry,
        });
      }
    }
    const projects: Project[] = r.projects.map((p, i) =>
      pipelineProject({
        id: `p${i}`,
        name: `项目${i}`,
        enterprise: `企业${i}`,
        industry: p.industry,
        investmentWan: p.investmentWan,
        landDemandMu: p.demand,
        stage: p.stage,
        targetPlatformId: p.target,
        rdOriented: p.rdOriented,
        neededBy: p.neededBy,
      }),
    );
    return { rows: r.rows, cols: r.cols, parcels, projects, slack: r.slack, maxGroupSize: r.maxGroupSize };
  });

/** Grid neighbours (shared edge), by parcel id `g<row><col>`. */
export function gridAdjacent(a: string, b: string): boolean {
  const [ra, ca, rb, cb] = [Number(a[1]), Number(a[2]), Number(b[1]), Number(b[2])];
  return Math.abs(ra - rb) + Math.abs(ca - cb) === 1;
}

/** When a parcel can be supplied (ISO), or null when it is not supply. Written independently of the domain. */
export function availableFrom(p: ParcelWithGeometry): string | null {
  if ((p.state === 'ready' || p.state === 'listed') && p.projectIds.length === 0) return AS_OF;
  if (p.state === 'reserve' && p.expectedReadyDate)
    return p.expectedReadyDate > AS_OF ? p.expectedReadyDate : AS_OF;
  return null;
}

/**
 * Land-use rule, written independently of the domain: industrial land for all; M0 for R&D and the clean
 * production of the 4+1 industries (Guangdong's 新型产业用地); 0802 科研 for R&D only.
 */
export function suits(p: Project, lu: LandUse): boolean {
  if (lu === '1001' || lu === '100101' || lu === '100102' || lu === '100103') return true;
  const fourPlusOne = ['beidou', 'laser', 'semiconductor', 'ai', 'bigdata_iot'];
  if (lu === 'M0') return p.rdOriented || fourPlusOne.includes(p.industry);
  return lu === '0802' && p.rdOriented;
}

/** Whether site `ids` fits project `p` (area window with 1e-9 relative tolerance, land use, platform, date). */
export function fitsSite(inst: Instance, p: Project, ids: readonly string[]): boolean {
  const ps = ids.map((id) => inst.parcels.find((q) => q.id === id)!);
  const a = ps.reduce((t, q) => t + q.areaMu, 0);
  const d = p.landDemandMu ?? 0;
  if (a < d * (1 - 1e-9) || a > d * (1 + inst.slack) * (1 + 1e-9)) return false;
  if (!ps.every((q) => suits(p, q.landUse))) return false;
  // Platform rule of domain/land-balance/suitability.ts: the target platform or one whose focus includes the industry.
  const plat = ps[0]!.platformId;
  const focus = PLATFORMS.find((f) => f.id === plat)!.focusIndustries.includes(p.industry);
  if (p.targetPlatformId !== plat && !focus) return false;
  const deadline = p.neededBy === null ? null : p.neededBy < AS_OF ? AS_OF : p.neededBy;
  return ps.every((q) => {
    const from = availableFrom(q);
    return from !== null && (deadline === null || from <= deadline);
  });
}

/** Objective vector of the issue: matched demand (0.01 亩) by stage 签约/过会/在谈, investment, preference. */
export function objective(
  inst: Instance,
  chosen: ReadonlyArray<{ projectId: string; parcelIds: readonly string[] }>,
): number[] {
  const v = [0, 0, 0, 0, 0];
  for (const c of chosen) {
    const p = inst.projects.find((q) => q.id === c.projectId)!;
    const k = p.stage === 'signed' ? 0 : p.stage === 'approved' ? 1 : 2;
    v[k]! += Math.round((p.landDemandMu ?? 0) * 100);
    v[3]! += p.investmentWan;
    const plat = inst.parcels.find((q) => q.id === c.parcelIds[0])!.platformId;
    const focus = PLATFORMS.find((f) => f.id === plat)!.focusIndustries.includes(p.industry);
    v[4]! += (p.targetPlatformId === plat ? 2 : 0) + (focus ? 1 : 0);
  }
  return v;
}

const lexGreater = (a: readonly number[], b: readonly number[]): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/** Every site of the instance: connected (grid) same-platform sets of ≤ K available parcels. */
export function bruteSites(inst: Instance): string[][] {
  const avail = inst.parcels.filter((p) => availableFrom(p) !== null);
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << avail.length; mask++) {
    const ps = avail.filter((_, i) => mask & (1 << i));
    if (ps.length > inst.maxGroupSize || new Set(ps.map((p) => p.platformId)).size > 1) continue;
    const seen = new Set([ps[0]!.id]);
    const stack = [ps[0]!.id];
    while (stack.length) {
      const a = stack.pop()!;
      for (const q of ps) {
        if (!seen.has(q.id) && gridAdjacent(a, q.id)) {
          seen.add(q.id);
          stack.push(q.id);
        }
      }
    }
    if (seen.size === ps.length) out.push(ps.map((p) => p.id).sort());
  }
  return out;
}

/** Lexicographically best objective over all assignments (exhaustive). */
export function bruteForceBest(inst: Instance): number[] {
  const sites = bruteSites(inst);
  const options = inst.projects.map((p) => sites.filter((s) => fitsSite(inst, p, s)));
  let best = [0, 0, 0, 0, 0];
  const chosen: Array<{ projectId: string; parcelIds: string[] }> = [];
  const used = new Set<string>();
  const go = (i: number): void => {
    if (i === inst.projects.length) {
      const v = objective(inst, chosen);
      if (lexGreater(v, best)) best = v;
      return;
    }
    go(i + 1);
    for (const s of options[i]!) {
      if (s.some((id) => used.has(id))) continue;
      for (const id of s) used.add(id);
      chosen.push({ projectId: inst.projects[i]!.id, parcelIds: s });
      go(i + 1);
      chosen.pop();
      for (const id of s) used.delete(id);
    }
  };
  go(0);
  return best;
}
