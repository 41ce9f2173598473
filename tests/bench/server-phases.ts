/**
 * Where the whole-zone reads spend their time on a bench database: each read of the overview, the idle-land
 * list, the land balance and search timed alone and cold, with the process's RSS after each step.
 * `npx tsx tests/bench/server-phases.ts data/bench/zone-1000000-v1.sqlite` (build it with `npm run bench`).
 */
import { watchlistCandidates } from '../../domain/dashboard/idle-land.ts';
import { watchlist } from '../../server/dashboard/watchlist.ts';
import { openDatabase } from '../../server/db/open.ts';
import {
  approvedUnsuppliedCandidates,
  idleLandCandidates,
  landStateTotalsOf,
} from '../../server/db/queries/dashboard.ts';
import { contractClockTotals, mostUrgentContractClocks } from '../../server/db/queries/idle-clock.ts';
import { supplyParcelAttributes } from '../../server/db/queries/land-balance.ts';
import { listProjects } from '../../server/db/queries/projects.ts';
import { search } from '../../server/db/queries/search.ts';

const t0 = performance.now();
const db = openDatabase(process.argv[2]!);
/** Runs `f`, printing its time and the RSS after it. */
function step<T>(name: string, f: () => T): T {
  const t = performance.now();
  const v = f();
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(
    `${name.padEnd(40)} ${(performance.now() - t).toFixed(1).padStart(9)} ms  rss ${rss.toFixed(0)} MB`,
  );
  return v;
}
step('open (and migrate)', () => t0);
const refDate = '2018-03-09';
const f = watchlistCandidates(refDate);
step('landStateTotals', () => landStateTotalsOf(db));
step('listProjects', () => listProjects(db));
step('idleLandCandidates (with records)', () => idleLandCandidates(db, { ...f, platformId: null }).length);
step('contractClockTotals', () => contractClockTotals(db, { states: f.states, refDate, platformId: null }));
step(
  'mostUrgentContractClocks(1000)',
  () => mostUrgentContractClocks(db, { states: f.states, refDate, platformId: null }, 1000).length,
);
step('watchlist summary', () => watchlist(db, refDate, null).total);
step('watchlist 1000 rows', () => watchlist(db, refDate, null, 1000).rows.length);
step('approvedUnsuppliedCandidates', () => approvedUnsuppliedCandidates(db, null).length);
step('supplyParcelAttributes (land balance)', () => supplyParcelAttributes(db).length);
for (const q of ['S-0001', '45678', '佰维']) step(`search ${q}`, () => search(db, q, 20).parcels.length);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
