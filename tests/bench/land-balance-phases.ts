/**
 * Where GET /api/land-balance spends its time on a bench database, phase by phase and cold (one process per
 * run): the whole-zone read of the supply parcels and the domain's JavaScript supply (the path the answer took
 * before supply moved into SQL), then the SQL path — grouped supply, the capped item lists, the domain's
 * combination — and the answer's size, with the process's RSS after each step.
 * `npx tsx tests/bench/land-balance-phases.ts data/bench/zone-1000000-v1.sqlite [old|new]`.
 */
import {
  computeDemand,
  computeLandBalance,
  computeShortfall,
  parseOptions,
} from '../../domain/land-balance/index.ts';
import { supplyFromGroups, supplyListRule } from '../../domain/land-balance/supply-groups.ts';
import { openDatabase } from '../../server/db/open.ts';
import { platformRecords, supplyParcelAttributes } from '../../server/db/queries/land-balance.ts';
import {
  supplyExcludedPage,
  supplyGroups,
  supplyItemsPage,
} from '../../server/db/queries/land-balance-supply.ts';
import { listProjects } from '../../server/db/queries/projects.ts';
import { listRedevelopment } from '../../server/db/queries/redevelopment.ts';
import { supplyAnswer } from '../../server/land-balance/supply-summary.ts';

const db = openDatabase(process.argv[2]!);
const mode = process.argv[3] ?? 'old';
/** Runs `f`, printing its time and the RSS after it. */
function step<T>(name: string, f: () => T): T {
  const t = performance.now();
  const v = f();
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(
    `${name.padEnd(44)} ${(performance.now() - t).toFixed(1).padStart(9)} ms  rss ${rss.toFixed(0)} MB`,
  );
  return v;
}
const options = parseOptions({ asOf: '2018-03-09' });
const projects = step('listProjects', () => listProjects(db));
const platforms = step('platformRecords', () => platformRecords(db));
const redevelopment = step('listRedevelopment', () => listRedevelopment(db).map((f) => f.properties));
if (mode === 'old') {
  const parcels = step('supplyParcelAttributes (SQL read + objects)', () => supplyParcelAttributes(db));
  const b = step('computeLandBalance (JS supply)', () =>
    computeLandBalance({ parcels, projects, platforms, redevelopment, options }),
  );
  console.log(`supply items ${b.supply.items.length}, excluded ${b.supply.excluded.length}`);
} else {
  const groups = step('supplyGroups (SQL, grouped)', () => supplyGroups(db));
  const s = step('supplyFromGroups (domain)', () => supplyFromGroups(groups, redevelopment, options));
  const rule = supplyListRule(
    options,
    groups.map((g) => g.landUse),
  );
  step('supplyItemsPage(1000) (SQL)', () => supplyItemsPage(db, rule, 1000, false).length);
  step('supplyExcludedPage(1000) (SQL)', () => supplyExcludedPage(db, rule, false, 1000).length);
  const a = step('supplyAnswer (all of the above)', () => supplyAnswer(db, redevelopment, options));
  const demand = computeDemand(projects, options);
  step('computeShortfall (grouped units)', () =>
    computeShortfall(demand, { items: a.units, total: a.supply.total }, platforms),
  );
  console.log(`groups ${groups.length}, supply items ${s.itemsTotal}, units ${s.units.length}`);
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
