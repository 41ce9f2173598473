/**
 * The land balance and matching over the database, for one app instance: loads the inputs once per data
 * state and keeps the last matching results in memory. Matching the sample (≈400 supply parcels, ≈80
 * pipeline projects) takes 0.3–5 s on two cores (HiGHS MIP), so it runs in the worker pool (off the event
 * loop), and a planner flipping a what-if toggle back gets the earlier answer at once; identical concurrent
 * requests share one solve, which is cancelled only when every request waiting for it has gone away.
 * The cache holds at most MAX_CACHED_MATCHES results (least recently used first out), whatever option
 * values clients send; the route quantises `slack` to 0.01 so near-identical values share an entry.
 */
import type { Database } from 'better-sqlite3';
import {
  computeDemand,
  computeShortfall,
  type Demand,
  type LandBalanceOptions,
  type Overrides,
  type ParcelWithGeometry,
  parcelSupplyFilter,
  type Shortfall,
  type TradeOff,
} from '../../domain/land-balance/index.ts';
import type { Parcel, Platform, Project, RedevelopmentSite } from '../../domain/schemas.ts';
import { dataStateKey } from '../db/cache-writes.ts';
import { matchSupplyParcels, platformRecords, supplyParcelCodes } from '../db/queries/land-balance.ts';
import { loadOverrides } from '../db/queries/land-balance-overrides.ts';
import { listProjects } from '../db/queries/projects.ts';
import { listRedevelopment } from '../db/queries/redevelopment.ts';
import { ClientClosedError } from '../errors.ts';
import type { JobPool } from '../jobs/pool.ts';
import { type SupplyAnswer, supplyAnswer } from './supply-summary.ts';

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
/**
 * The matching's inputs for one set of options: only the parcels those options let become supply (read by
 * the supply rules in SQL), with their geometry (adjacency of merged sites); `parcelCodes` names those.
 */
export type LandBalanceData = BalanceData<ParcelWithGeometry>;

/** What the land balance reads besides the supply parcels (the balance counts those in SQL). */
export type BalanceBase = Pick<BalanceData, 'projects' | 'platforms' | 'redevelopment'>;

/** What the overrides show and resolve: the base, and the codes of the supply parcels some references name. */
export type OverrideLookup = BalanceBase & Pick<BalanceData, 'parcelCodes'>;

/**
 * Supply, demand and shortfall as GET /api/land-balance answers them: every figure, and the supply's item and
 * exclusion lists capped at `supply.limit` (a `LandBalance` whose lists are the first entries).
 */
export type BalanceSummary = { supply: SupplyAnswer; demand: Demand; shortfall: Shortfall };

/** Matching results kept per instance; a planner's what-if session touches a handful of option sets. */
const MAX_CACHED_MATCHES = 24;
/**
 * Matching inputs kept per instance, one per supply filter (reference date, horizon, reserve toggle): each
 * holds its parcels' geometry (≈ 1.4 GB at 1M parcels), so two: today's and one what-if date; the other options
 * (slack, policy, platform…) share one.
 */
const MAX_CACHED_INPUTS = 2;

/** Keeps `map` to `max` entries, dropping the oldest inserted first. */
function trim<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}

const optionsKey = (o: LandBalanceOptions) =>
  JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

/** The options that choose which parcels matching reads (domain/land-balance/supply.ts, parcelSupplyFilter). */
const filterKey = (o: LandBalanceOptions) => JSON.stringify([o.asOf, o.horizon ?? null, o.includeReserve]);

/** One matching run shared by the requests that asked for it; its result is the response body (JSON). */
type MatchEntry = {
  result: Promise<string>;
  /** Cancels the job (when the last waiting request goes away before it finishes). */
  cancel: AbortController;
  waiting: number;
  settled: boolean;
};

/** `promise`, or a ClientClosedError as soon as `signal` fires (the promise itself keeps running). */
function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort: () => void,
): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(new ClientClosedError());
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Loads inputs and runs the domain functions with caching keyed on the data state and the options. */
export class LandBalanceService {
  private key = '';
  private base: BalanceBase | null = null;
  private readonly matchData = new Map<string, LandBalanceData>();
  private readonly balances = new Map<string, BalanceSummary>();
  private readonly json = new Map<string, { key: string; value: string }>();
  private readonly matches = new Map<string, MatchEntry>();
  private readonly tradeOffs = new Map<string, Promise<TradeOff | null>>();

  constructor(
    private readonly db: Database,
    private readonly dataVersion: string,
    private readonly jobs: JobPool,
  ) {}

  /**
   * Identifies the data state: the seeded version, writes by other connections (`PRAGMA data_version`)
   * and data writes by this one (`total_changes()` less the tile cache's own rows). Any write invalidates
   * the cache; reads cost microseconds.
   */
  private dataKey(): string {
    return `${this.dataVersion}:${dataStateKey(this.db)}`;
  }

  /** Drops everything cached when the data changed since it was read. */
  private refresh(): void {
    const key = this.dataKey();
    if (key === this.key) return;
    this.key = key;
    this.base = null;
    this.matchData.clear();
    this.json.clear();
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

  /**
   * The base and the codes of the supply parcels `refs` name (parcel ids, or codes in any ASCII case; site
   * ids split at `+` by the caller), read for those refs alone.
   */
  overrideLookup(refs: readonly string[]): OverrideLookup {
    return { ...this.balanceBase(), parcelCodes: supplyParcelCodes(this.db, refs) };
  }

  /**
   * The matching's inputs under `options` for the current data state: the parcels that can be supply under
   * them, with geometry. Shared by every option set with the same supply filter.
   */
  inputs(options: LandBalanceOptions): LandBalanceData {
    this.refresh();
    const key = filterKey(options);
    let d = this.matchData.get(key);
    if (!d) {
      d = this.load(matchSupplyParcels(this.db, parcelSupplyFilter(options)));
      this.matchData.set(key, d);
      trim(this.matchData, MAX_CACHED_INPUTS);
    }
    return d;
  }

  /** Projects, platforms and 三旧 sites for the current data state (no parcels: cheap at any cadastre size). */
  balanceBase(): BalanceBase {
    this.refresh();
    this.base ??= this.matchData.values().next().value ?? {
      projects: listProjects(this.db),
      platforms: platformRecords(this.db),
      redevelopment: listRedevelopment(this.db).map((f) => f.properties),
    };
    return this.base;
  }

  /** The platform ids (for validating a `platform` option). */
  platformIds(): string[] {
    return this.balanceBase().platforms.map((p) => p.id);
  }

  /**
   * Supply, demand and shortfall for `options`, kept per data state and options like the matchings. Supply is
   * counted in SQL (server/land-balance/supply-summary.ts), so no call reads every supply parcel.
   */
  balance(options: LandBalanceOptions): BalanceSummary {
    const d = this.balanceBase();
    const key = optionsKey(options);
    const hit = this.balances.get(key);
    if (hit) return hit;
    const { supply, units } = supplyAnswer(this.db, d.redevelopment, options);
    const demand = computeDemand(d.projects, options);
    const shortfall = computeShortfall(demand, { items: units, total: supply.total }, d.platforms);
    const b = { supply, demand, shortfall };
    this.balances.set(key, b);
    while (this.balances.size > MAX_CACHED_MATCHES) {
      const oldest = this.balances.keys().next().value;
      if (oldest === undefined) break;
      this.balances.delete(oldest);
    }
    return b;
  }

  /**
   * The matching's inputs under `options` as JSON for the worker, serialised once per data state and supply
   * filter; `key` names both (the worker keeps the last parsed inputs by it).
   */
  private inputsJson(options: LandBalanceOptions): { key: string; value: string } {
    const d = this.inputs(options);
    const key = `${this.key}|${filterKey(options)}`;
    let json = this.json.get(key);
    if (!json) {
      json = { key, value: JSON.stringify({ ...d, parcelCodes: [...d.parcelCodes] }) };
      this.json.set(key, json);
      trim(this.json, MAX_CACHED_INPUTS);
    }
    return json;
  }

  /**
   * The GET /api/land-balance/matches body (JSON text) for `options`, from the cache when the same data and
   * options were matched before, else solved and serialised in the worker pool. `signal` is the request's:
   * when it fires, this request stops waiting, and the job is cancelled if no other request waits for it.
   */
  matchesJson(options: LandBalanceOptions, signal?: AbortSignal): Promise<string> {
    const d = this.inputsJson(options);
    const key = `${d.key}|${optionsKey(options)}`;
    let entry = this.matches.get(key);
    if (entry) {
      // Re-insert so the map's insertion order is least-recently-used first.
      this.matches.delete(key);
      this.matches.set(key, entry);
    } else {
      entry = this.start(key, d, options);
    }
    const e = entry;
    e.waiting++;
    const done = untilAborted(e.result, signal, () => {
      e.waiting--;
      if (e.waiting === 0 && !e.settled) {
        e.cancel.abort(signal?.reason);
        if (this.matches.get(key) === e) this.matches.delete(key);
      }
    });
    return done.finally(() => {
      if (!signal?.aborted) e.waiting--;
    });
  }

  /** Submits the matching job for `key` and caches it (at most MAX_CACHED_MATCHES entries). */
  private start(key: string, d: { key: string; value: string }, options: LandBalanceOptions): MatchEntry {
    const cancel = new AbortController();
    const task = { kind: 'match', dataKey: d.key, inputsJson: d.value, options } as const;
    const result = this.jobs.run(task, cancel.signal);
    const entry: MatchEntry = { result, cancel, waiting: 0, settled: false };
    this.matches.set(key, entry);
    result.then(
      () => {
        entry.settled = true;
      },
      () => {
        entry.settled = true;
        // A failed or cancelled solve must not stay cached.
        if (this.matches.get(key) === entry) this.matches.delete(key);
      },
    );
    while (this.matches.size > MAX_CACHED_MATCHES) {
      const oldest = this.matches.keys().next().value;
      if (oldest === undefined) break;
      this.matches.delete(oldest);
    }
    return entry;
  }

  /**
   * The trade-off of `projectId` under `options` (null when it got its first choice or has none): re-solved
   * with the pair forced, in the worker pool like the matching itself.
   */
  tradeOff(options: LandBalanceOptions, projectId: string, signal?: AbortSignal): Promise<TradeOff | null> {
    const d = this.inputsJson(options);
    const key = `${d.key}|${optionsKey(options)}|${projectId}`;
    const hit = this.tradeOffs.get(key);
    if (hit) return untilAborted(hit, signal, () => {});
    const task = { kind: 'trade-off', dataKey: d.key, inputsJson: d.value, options, projectId } as const;
    const run = this.jobs.run(task);
    this.tradeOffs.set(key, run);
    run.catch(() => this.tradeOffs.delete(key));
    while (this.tradeOffs.size > MAX_CACHED_MATCHES) {
      const oldest = this.tradeOffs.keys().next().value;
      if (oldest === undefined) break;
      this.tradeOffs.delete(oldest);
    }
    return untilAborted(run, signal, () => {});
  }
}

const services = new WeakMap<Database, WeakMap<JobPool, LandBalanceService>>();

/** The service of the app over `db` and `jobs` (one per database handle and pool, shared by the routes). */
export function landBalanceService(db: Database, dataVersion: string, jobs: JobPool): LandBalanceService {
  let byPool = services.get(db);
  if (!byPool) {
    byPool = new WeakMap();
    services.set(db, byPool);
  }
  let s = byPool.get(jobs);
  if (!s) {
    s = new LandBalanceService(db, dataVersion, jobs);
    byPool.set(jobs, s);
  }
  return s;
}
