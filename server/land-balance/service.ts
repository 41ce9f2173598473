/**
 * The land balance and matching over the database, for one app instance: loads the inputs once per data
 * state and keeps the last matching results in memory. Matching the sample (≈400 supply parcels, ≈80
 * pipeline projects) takes 0.3–5 s on two cores (HiGHS MIP), so a planner flipping a what-if toggle back
 * gets the earlier answer at once; identical concurrent requests share one solve.
 */
import type { Database } from 'better-sqlite3';
import {
  computeLandBalance,
  type LandBalance,
  type LandBalanceOptions,
  type MatchResult,
  matchProjects,
  type ParcelWithGeometry,
} from '../../domain/land-balance/index.ts';
import type { Platform, Project, RedevelopmentSite } from '../../domain/schemas.ts';
import { parcelCodes, platformRecords, supplyParcels } from '../db/queries/land-balance.ts';
import { listProjects } from '../db/queries/projects.ts';
import { listRedevelopment } from '../db/queries/redevelopment.ts';
import { solverContext } from './solver.ts';

/** Everything the land balance reads, plus the codes responses name parcels and sites by. */
export type LandBalanceData = {
  parcels: ParcelWithGeometry[];
  projects: Project[];
  platforms: Platform[];
  redevelopment: RedevelopmentSite[];
  /** Parcel code by parcel id (all parcels). */
  parcelCodes: Map<string, string>;
};

/** Matching results kept per instance; a planner's what-if session touches a handful of option sets. */
const MAX_CACHED_MATCHES = 24;

/** Loads inputs and runs the domain functions with caching keyed on the data state and the options. */
export class LandBalanceService {
  private data: { key: string; value: LandBalanceData } | null = null;
  private readonly matches = new Map<string, Promise<MatchResult>>();

  constructor(
    private readonly db: Database,
    private readonly dataVersion: string,
  ) {}

  /**
   * Identifies the data state: the seeded version, writes by other connections (`PRAGMA data_version`)
   * and writes by this one (`total_changes()`). Any write invalidates the cache; reads cost microseconds.
   */
  private dataKey(): string {
    const external = this.db.pragma('data_version', { simple: true }) as number;
    const own = this.db.prepare('SELECT total_changes()').pluck().get() as number;
    return `${this.dataVersion}:${external}:${own}`;
  }

  /** The inputs for the current data state. */
  inputs(): LandBalanceData {
    const key = this.dataKey();
    if (this.data?.key !== key) {
      this.matches.clear();
      this.data = {
        key,
        value: {
          parcels: supplyParcels(this.db),
          projects: listProjects(this.db),
          platforms: platformRecords(this.db),
          redevelopment: listRedevelopment(this.db).map((f) => f.properties),
          parcelCodes: parcelCodes(this.db),
        },
      };
    }
    return this.data.value;
  }

  /** Supply, demand and shortfall for `options` (fast: no cache). */
  balance(options: LandBalanceOptions): LandBalance {
    const d = this.inputs();
    return computeLandBalance({ ...d, options });
  }

  /** The matching for `options`, from the cache when the same data and options were matched before. */
  match(options: LandBalanceOptions): Promise<MatchResult> {
    const d = this.inputs();
    const key = JSON.stringify(Object.entries(options).sort(([a], [b]) => (a < b ? -1 : 1)));
    const hit = this.matches.get(key);
    if (hit) {
      // Re-insert so the map's insertion order is least-recently-used first.
      this.matches.delete(key);
      this.matches.set(key, hit);
      return hit;
    }
    const run = solverContext().then((ctx) => matchProjects({ ...d, options }, ctx));
    this.matches.set(key, run);
    // A failed solve must not stay cached.
    run.catch(() => this.matches.delete(key));
    while (this.matches.size > MAX_CACHED_MATCHES) {
      const oldest = this.matches.keys().next().value;
      if (oldest === undefined) break;
      this.matches.delete(oldest);
    }
    return run;
  }
}

const services = new WeakMap<Database, LandBalanceService>();

/** The service of the app over `db` (one per database handle, shared by the routes mounted on it). */
export function landBalanceService(db: Database, dataVersion: string): LandBalanceService {
  let s = services.get(db);
  if (!s) {
    s = new LandBalanceService(db, dataVersion);
    services.set(db, s);
  }
  return s;
}
