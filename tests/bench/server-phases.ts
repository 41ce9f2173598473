/**
 * Where the whole-zone endpoints spend their time on a bench database: each read of the overview and the
 * idle-land list timed alone (SQL read, domain work), cold, with the process's RSS after each step.
 * `npx tsx tests/bench/server-phases.ts data/bench/zone-1000000-v1.sqlite`.
 */
import { idleLandWatchlist, watchlistCandidates } from '../../domain/dashboard/idle-land.ts';
import { openDatabase } from '../../server/db/open.ts';
import {
  approvedUnsuppliedCandidates,
  idleLandCandidates,
  landStateTotalsOf,
} from '../../server/db/queries/dashboard.ts';
import { listProjects } from '../../server/db/queries/projects.ts';

const t0 = performance.now();
const db = openDatabase(process.argv[2]!);
const step = <T>(name: string, f: () => T): T => {
  const t = performance.now();
  const v = f();
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(
    `${name.padEnd(34)} ${(performance.now() - t).toFixed(1).padStart(9)} ms  rss ${rss.toFixed(0)} MB`,
  );
  return v;
};
step('open (migrations)', () => t0);
const refDate = '2018-03-09';
step('landStateTotals', () => landStateTotalsOf(db));
step('listProjects', () => listProjects(db));
const c = step('idleLandCandidates', () =>
  idleLandCandidates(db, { ...watchlistCandidates(refDate), platformId: null }),
);
console.log('  candidates', c.length);
const rows = step('idleLandWatchlist (domain)', () => idleLandWatchlist(c, refDate));
console.log('  rows', rows.length);
step('approvedUnsuppliedCandidates', () => approvedUnsuppliedCandidates(db, null));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
