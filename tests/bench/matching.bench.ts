/**
 * Matching bench: 500 pipeline projects × 100,000 synthetic parcels laid out as a grid of adjacent blocks
 * (316 × 316 cells with varying widths, ≈ 20–150 亩 each) over 7 platforms. About 20 % of the parcels are
 * supply (ready / listed / reserve), the rest are taken — the share a zone like Zhongkai has. Deterministic
 * (seeded PRNG). Also a 10k × 100 size for quick comparison. Prints the time of whole runs (median / p95 of
 * 3), one run split into phases (site building with adjacency, ranking, solving) and memory: RSS and heap
 * before/after, and the process's peak RSS. A 20 s time limit per run keeps it finishing by itself.
 */

import type { Industry, LandUse, ProjectStage } from '../../domain/enums.ts';
import { metresPerDegree } from '../../domain/land-balance/adjacency.ts';
import { matchProjects, type ParcelWithGeometry, parseOptions } from '../../domain/land-balance/index.ts';
import { matchableProjects } from '../../domain/land-balance/matching.ts';
import { rankFits } from '../../domain/land-balance/project-fit.ts';
import { buildSiteUniverse } from '../../domain/land-balance/site-universe.ts';
import { solveAssignment } from '../../domain/land-balance/solve-assignment.ts';
import type { Platform, Project } from '../../domain/schemas.ts';
import { m2ToMu } from '../../domain/units.ts';
import { solverContext } from '../../server/land-balance/solver.ts';
import { pipelineProject } from '../fixtures/pipeline-project.ts';

/** mulberry32: small seeded PRNG so every run sees the same data. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const INDUSTRIES: Industry[] = [
  'beidou',
  'laser',
  'semiconductor',
  'ai',
  'bigdata_iot',
  'new_energy',
  'other',
];
const PLATFORMS: Platform[] = Array.from({ length: 7 }, (_, i) => ({
  id: `pf-${i}`,
  nameZh: `平台${i}`,
  nameEn: `Platform ${i}`,
  kind: 'industrial_park',
  focusIndustries: [INDUSTRIES[i]!, INDUSTRIES[(i + 2) % 7]!],
  towns: [],
  areaM2: 0,
}));

function synthetic(side: number, nProjects: number): { parcels: ParcelWithGeometry[]; projects: Project[] } {
  const r = prng(20180309);
  const { mx, my } = metresPerDegree(23);
  // Cell sides 100–300 m → 10,000–90,000 ㎡ ≈ 15–135 亩.
  const xs = [114.1];
  const ys = [22.9];
  for (let i = 0; i < side; i++) {
    xs.push(xs.at(-1)! + (100 + r() * 200) / mx);
    ys.push(ys.at(-1)! + (100 + r() * 200) / my);
  }
  const parcels: ParcelWithGeometry[] = [];
  const uses: LandUse[] = [
    '1001',
    '1001',
    '1001',
    '100101',
    '100102',
    '100102',
    'M0',
    '0802',
    '0901',
    '1101',
  ];
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const [x0, x1, y0, y1] = [xs[col]!, xs[col + 1]!, ys[row]!, ys[row + 1]!];
      const u = r();
      const state =
        u < 0.1 ? 'ready' : u < 0.14 ? 'listed' : u < 0.2 ? 'reserve' : u < 0.6 ? 'producing' : 'transferred';
      const areaM2 = (x1 - x0) * mx * (y1 - y0) * my;
      parcels.push({
        id: `P${row}-${col}`,
        code: `P${row}-${col}`,
        platformId: `pf-${Math.min(6, Math.floor((col / side) * 7))}`,
        town: '',
        landUse: pick(r, uses),
        areaM2,
        areaMu: m2ToMu(areaM2),
        plotRatioMax: 2,
        state,
        stateSince: '2017-01-01',
        expectedReadyDate:
          state === 'reserve' ? pick(r, ['2018-06-30', '2018-12-31', '2019-06-30', '2020-06-30']) : null,
        contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
        landPriceWan: null,
        projectIds: state === 'transferred' || state === 'producing' ? ['held'] : [],
        version: 1,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x0, y0],
              [x1, y0],
              [x1, y1],
              [x0, y1],
              [x0, y0],
            ],
          ],
        },
      });
    }
  }
  const stages: ProjectStage[] = ['negotiating', 'negotiating', 'approved', 'signed'];
  const projects: Project[] = Array.from({ length: nProjects }, (_, i) => {
    const demand = Math.round(20 + 380 * r() ** 2);
    return pipelineProject({
      id: `J${i}`,
      name: `项目${i}`,
      enterprise: `企业${i}`,
      industry: pick(r, INDUSTRIES),
      investmentWan: Math.round(demand * (200 + r() * 400)),
      landDemandMu: demand,
      stage: pick(r, stages),
      targetPlatformId: pick(r, [...PLATFORMS.map((p) => p.id), null]),
      rdOriented: r() < 0.2,
      neededBy: pick(r, [null, '2018-06-30', '2018-12-31', '2019-12-31']),
    });
  });
  return { parcels, projects };
}

const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
const ms = (t: number): string => `${t.toFixed(0)} ms`;
const OPTIONS = {
  asOf: '2018-03-09',
  slack: 0.3,
  includeReserve: true,
  includeRedevelopment: true,
  // Bounds the whole run (sites, ranking, solving); when hit, the result says so and gives the gap.
  timeLimitSec: 20,
};

/** One size: 3 whole `matchProjects` runs (median, p95), then one run split into its phases. */
async function benchSize(side: number, numProjects: number): Promise<void> {
  const t0 = performance.now();
  const { parcels, projects } = synthetic(side, numProjects);
  console.log(
    `\n${parcels.length} parcels × ${projects.length} projects (data built in ${ms(performance.now() - t0)})`,
  );
  const input = { parcels, projects, platforms: PLATFORMS, redevelopment: [], options: OPTIONS };
  const times: number[] = [];
  let last: ReturnType<typeof matchProjects> | undefined;
  const ctx = await solverContext();
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    last = matchProjects(input, ctx);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const p95 = times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)]!;
  console.log(
    `matchProjects: median ${ms(times[1]!)}, p95 ${ms(p95)} (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  if (last) {
    const s = last.solver;
    console.log(
      `result: ${last.assignments.length} matched, ${last.unmatched.length} unmatched; solver ${s.status}, ` +
        `optimal ${s.optimal}, gap ${s.gap}; ${s.sites} sites, ${s.adjacentPairs} adjacent pairs, ${s.fits} fits, ` +
        `${s.components} components, ${s.mipComponents} MIPs (largest ${s.largestMip.columns} columns × ${s.largestMip.rows} rows)`,
    );
  }
  // The same work split into phases (what matchProjects does, minus result shaping and reasons).
  const o = parseOptions(OPTIONS);
  let t = performance.now();
  const lap = (): string => {
    const now = performance.now();
    const d = now - t;
    t = now;
    return ms(d);
  };
  const { toMatch } = matchableProjects(input, o);
  const tDemand = lap();
  const universe = buildSiteUniverse(
    parcels,
    [],
    toMatch.map((p) => p.window),
    o,
  );
  const tSites = lap();
  const fits = rankFits(toMatch, universe.sites, new Map(PLATFORMS.map((p) => [p.id, p])));
  const tRank = lap();
  t = performance.now();
  const { report } = solveAssignment(
    ctx,
    toMatch,
    fits,
    universe.sites,
    ctx.now() + OPTIONS.timeLimitSec * 1000,
  );
  const tSolve = lap();
  console.log(
    `phases: demand ${tDemand}; supply + adjacency + site enumeration ${tSites}; ranking fits ${tRank}; ` +
      `solving ${tSolve} (${report.mipComponents} MIPs, ${report.solves} HiGHS solves, ${report.peeled} peeled)`,
  );
}

/** Prints time (median / p95 of 3) and memory of matchProjects on 10k × 100 and 100k × 500. */
export default async function bench(): Promise<void> {
  const before = process.memoryUsage();
  await benchSize(100, 100);
  await benchSize(316, 500);
  const after = process.memoryUsage();
  console.log(
    `\nmemory: rss ${mb(before.rss)} → ${mb(after.rss)}, heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}, ` +
      `peak rss ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}
