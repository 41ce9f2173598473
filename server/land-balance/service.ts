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
  type Overrides,
  type ParcelWithGeometry,
  type TradeOff,
  tradeOff,
} from '../../domain/land-balance/index.ts';
import type { Parcel, Platform, Project, RedevelopmentSite } from '../../domain/schemas.ts';
import { dataChanges } from '../db/cache-writes.ts';
import { platformRecords, supplyParcelAttributes, supplyParcels } from '../db/queries/land-balance.ts';
import { loadOverrides } from '../db/queries/land-balance-overrides.ts';
import { listProjects } from '../db/queries/projects.ts';
import { listRedevelopment } from '../db/queries/redevelopment.ts';
import { solverContext } from './solver.ts';

/** Everything the land balance reads, plus the codes responses name parcels and sites by. */
export type BalanceData<P extends Parcel = Parcel> = {
  /** Parcels in a supply state (ready, listed, reserve); no other parcel can be supply or a site. */
  parcels: P[];
  projects: Project[];
  platforms: Platform[];
  redevelopment: RedevelopmentSite[];
  /** Parcel code by parcel id (the supply parcels: every parcel a balance or a matching names). */
  parcelCodes: Map<string, string>;
  /** The planner's locks and exclusions (matching only). */
  overrides: Overrides;
};
/** The matching's inputs: the supply parcels with their geometry (adjacency of merged sites). */
export type LandBalanceData = BalanceData<ParcelWithGeometry>;

/** Matching results kept per instance; a planner's what-if session touches a handful of option sets. */
const MAX_CACHED_MATCHES = 24;

const optionsKey = (o: LandBalanceOptions) =>
  JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Loads inputs and runs the domain functions with caching keyed on the data state and the options. */
export class LandBalanceService {
  private key = '';
  private balanceData: BalanceData | null = null;
  private matchData: LandBalanceData | null = null;
  private readonly balances = new Map<string, LandBalance>();
  private readonly matches = new Map<string, Promise<MatchResult>>();
  private readonly tradeOffs = new Map<string, Promise<TradeOff | null>>();

  constructor(
    private readonly db: Database,
    private readonly dataVersion: string,
  ) {}

  /**
   * Identifies the data state: the seeded version, writes by other connections (`PRAGMA data_version`)
   * and data writes by this one (`total_changes()` less the tile cache's own rows). Any write invalidates
   * the cache; reads cost microseconds.
   */
  private dataKey(): string {
    const external = this.db.pragma('data_version', { simple: true }) as number;
    return `${this.dataVersion}:${external}:${dataChanges(this.db)}`;
  }

  /** Drops everything cached when the data changed since it was read. */
  private refresh(): void {
    const key = this.dataKey();
    if (key === this.key) return;
    this.key = key;
    this.balanceData = null;
    this.matchData = null;
    this.balances.clear();
    this.matches.clear();
    this.tradeOffs.clear();
  }

  private load<P extends Parcel>(parcels: P[]): BalanceData<P> {
    return {
      parcels,
      projects: listProjects(this.db),
      platforms: platformRecords(this.db),
      redevelopment: listRedevelopment(this.db).map((f) => f.properties),
      parcelCodes: new Map(parcels.map((p) => [p.id, p.code])),
      overrides: loadOverrides(this.db),
    };
  }

  /** The balance's inputs for the current data state (supply parcels without geometry). */
  balanceInputs(): BalanceData {
    this.refresh();
    this.balanceData ??= this.matchData ?? this.load(supplyParcelAttributes(this.db));
    return this.balanceData;
  }

  /** The matching's inputs for the current data state (supply parcels with geometry). */
  inputs(): LandBalanceData {
    this.refresh();
    this.matchData ??= this.load(supplyParcels(this.db));
    return this.matchData;
  }

  /** Supply, demand and shortfall for `options`, kept per data state and options like the matchings. */
  balance(options: LandBalanceOptions): LandBalance {
    const d = this.balanceInputs();
    const key = optionsKey(options);
    const hit = this.balances.get(key);
    if (hit) return hit;
    const b = computeLandBalance({ ...d, options });
    this.balances.set(key, b);
    while (this.balances.size > MAX_CACHED_MATCHES) {
      const oldest = this.balances.keys().next().value;
      if (oldest === undefined) break;
      this.balances.delete(oldest);
    }
    return b;
  }

  /** The matching for `options`, from the cache when the same data and options were matched before. */
  match(options: LandBalanceOptions): Promise<MatchResult> {
    const d = this.inputs();
    const key = optionsKey(options);
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

  /** The trade-off of `projectId` under `options` (null when it got its first choice or has none). */
  tradeOff(options: LandBalanceOptions, projectId: string): Promise<TradeOff | null> {
    const key = `${optionsKey(options)}|${projectId}`;
    const hit = this.tradeOffs.get(key);
    if (hit) return hit;
    const d = this.inputs();
    const run = Promise.all([this.match(options), solverContext()]).then(([base, ctx]) =>
      tradeOff({ ...d, options }, ctx, base, projectId),
    );
    this.tradeOffs.set(key, run);
    run.catch(() => this.tradeOffs.delete(key));
    while (this.tradeOffs.size > MAX_CACHED_MATCHES) {
      const oldest = this.tradeOffs.keys().next().value;
      if (oldest === undefined) break;
      this.tradeOffs.delete(oldest);
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
