/**
 * Land-supply histories: for a parcel's current state, a consistent chain of events (规划 → … → current) with
 * non-decreasing dates, and the 出让合同 dates. Transferred and delivered parcels are anchored on their agreed
 * construction start so that the sample shows every idle-land clock position (闲置土地处置办法, 2012).
 */
import { LAND_STATES, type LandState } from '../../domain/enums.ts';
import type { Contract } from '../../domain/schemas.ts';
import { AS_OF_DAY, isoOf, type Rng } from './prng.ts';

/** One event as written in parcels.geojson. */
export interface EventRow {
  from: LandState | null;
  to: LandState;
  date: string;
  note: string;
  who: string;
}

/** Where a transferred/delivered parcel's agreed start lies relative to the as-of date. */
export type StartClock = 'later' | 'due' | 'overdue' | 'idle' | 'reclaimable';

/** What lifecycle needs to know about a parcel. */
export interface HistoryInput {
  state: LandState;
  /** Day number the platform's land work began (earliest possible first event). */
  startDay: number;
  platformNameZh: string;
  /** Holder enterprise, for the transfer note. */
  holder: string | null;
  /** For transferred/delivered parcels. */
  clock: StartClock;
  /** Overrides the clock with an exact agreed start (named projects). */
  agreedStartDay?: number;
  /** The land contract cannot precede the project's investment agreement. */
  minSignedDay?: number;
}

/** The generated history. */
export interface History {
  events: EventRow[];
  stateSince: string;
  expectedReadyDate: string | null;
  contract: Contract;
}

const WHO: Record<LandState, string> = {
  planned: '区规划分局',
  reserve: '区土地储备中心',
  ready: '区土地储备中心',
  listed: '区国土分局',
  transferred: '区国土分局',
  delivered: '区国土分局',
  under_construction: '区住建局',
  completed: '区住建局',
  producing: '区经发局',
};

function note(state: LandState, platform: string, holder: string | null): string {
  switch (state) {
    case 'planned':
      return `纳入${platform}控制性详细规划，规划为产业用地`;
    case 'reserve':
      return '完成征收补偿，纳入土地储备库';
    case 'ready':
      return '完成拆迁及场地平整，达到净地出让条件';
    case 'listed':
      return '在惠州市公共资源交易中心挂牌出让';
    case 'transferred':
      return holder ? `挂牌成交，与${holder}签订国有建设用地使用权出让合同` : '挂牌成交，签订出让合同';
    case 'delivered':
      return '现场交地，签署交地确认书';
    case 'under_construction':
      return '取得建筑工程施工许可证，动工建设';
    case 'completed':
      return '通过竣工验收备案';
    case 'producing':
      return '项目投产，纳入规上工业统计';
  }
}

const dayOfYearEnd2020 = Math.round(Date.UTC(2020, 11, 31) / 86_400_000);

const NO_CONTRACT: Contract = {
  signed: null,
  agreedDelivery: null,
  agreedStart: null,
  agreedCompletion: null,
};

/** Days of the agreed start relative to the as-of date for each clock position. */
const CLOCK_OFFSET: Record<StartClock, [number, number]> = {
  later: [190, 520],
  due: [10, 175],
  overdue: [-330, -20],
  idle: [-700, -390],
  reclaimable: [-1000, -760],
};

/** `n` non-decreasing day numbers from `first` to `last` (both included when n ≥ 2). */
function spread(rng: Rng, first: number, last: number, n: number): number[] {
  if (n === 1) return [last];
  const mids = Array.from({ length: n - 2 }, () => rng.int(first, last)).sort((a, b) => a - b);
  return [first, ...mids, last];
}

/** Builds a parcel's history; all event dates are ≤ the as-of date. */
export function buildHistory(rng: Rng, input: HistoryInput): History {
  const { state, startDay } = input;
  const rank = LAND_STATES.indexOf(state);
  const dates = new Map<LandState, number>();
  let contract: Contract = NO_CONTRACT;
  let expectedReadyDate: string | null = null;
  if (rank <= LAND_STATES.indexOf('listed')) {
    // Pre-transfer: the current state was entered within the last years, earlier steps spread before it.
    // Serviced land (净地) is offered within a few years, not left unoffered for a decade while the zone is short
    // of land: a ready parcel has been ready for at most three years, reserve land held for at most five.
    const maxAge = state === 'ready' ? 3 * 365 : state === 'reserve' ? 5 * 365 : Number.POSITIVE_INFINITY;
    const earliest = Math.max(startDay + 30, AS_OF_DAY - maxAge);
    const last = state === 'listed' ? AS_OF_DAY - rng.int(3, 40) : rng.int(earliest, AS_OF_DAY - 20);
    const first = Math.max(startDay, last - rng.int(240, 1400));
    spread(rng, first, last, rank + 1).forEach((d, r) => {
      dates.set(LAND_STATES[r] as LandState, d);
    });
    if (state === 'planned' || state === 'reserve') {
      const lo = state === 'reserve' ? AS_OF_DAY + 40 : AS_OF_DAY + 120;
      expectedReadyDate = isoOf(rng.int(lo, Math.min(lo + 900, dayOfYearEnd2020)));
    }
  } else {
    let agreedStart: number;
    let started: number | null = null;
    let completed: number | null = null;
    let producing: number | null = null;
    if (rank >= LAND_STATES.indexOf('under_construction')) {
      const earliest = Math.max(startDay + 700, (input.minSignedDay ?? 0) + 240);
      if (state === 'under_construction')
        started = rng.int(Math.max(earliest, AS_OF_DAY - 700), AS_OF_DAY - 15);
      else if (state === 'completed')
        started = rng.int(Math.max(earliest, AS_OF_DAY - 1500), AS_OF_DAY - 500);
      else started = rng.int(earliest, Math.max(earliest + 30, AS_OF_DAY - 900));
      agreedStart = started - rng.int(0, 60);
      if (state !== 'under_construction') {
        completed = Math.min(started + rng.int(365, 720), AS_OF_DAY - (state === 'producing' ? 40 : 5));
        if (state === 'producing') producing = Math.min(completed + rng.int(30, 180), AS_OF_DAY - 2);
      }
    } else {
      const [lo, hi] = CLOCK_OFFSET[input.clock];
      agreedStart = input.agreedStartDay ?? AS_OF_DAY + rng.int(lo, hi);
    }
    let agreedDelivery = agreedStart - rng.int(90, 180);
    let signed = agreedDelivery - rng.int(30, 90);
    if (signed > AS_OF_DAY - 20) {
      // A far-off start on a recent contract: the contract allows a longer preparation period.
      signed = AS_OF_DAY - rng.int(20, 120);
      agreedDelivery = Math.min(agreedDelivery, signed + rng.int(40, 120));
    }
    signed = Math.min(Math.max(signed, startDay + 120, input.minSignedDay ?? 0), agreedStart - 120);
    agreedDelivery = Math.min(Math.max(agreedDelivery, signed + 20), agreedStart - 30);
    const agreedCompletion = agreedStart + rng.int(540, 900);
    contract = {
      signed: isoOf(signed),
      agreedDelivery: isoOf(agreedDelivery),
      agreedStart: isoOf(agreedStart),
      agreedCompletion: isoOf(agreedCompletion),
    };
    dates.set('transferred', signed);
    if (rank >= LAND_STATES.indexOf('delivered')) {
      const actual = agreedDelivery + rng.int(-10, 45);
      dates.set('delivered', Math.min(Math.max(actual, signed + 7), started ?? AS_OF_DAY - 1, AS_OF_DAY - 1));
    }
    if (started !== null) dates.set('under_construction', started);
    if (completed !== null) dates.set('completed', completed);
    if (producing !== null) dates.set('producing', producing);
    // Before the transfer: planned, reserve, ready, then listed (a 20-day listing period before the sale).
    const listed = signed - rng.int(21, 40);
    const first = Math.max(Math.min(startDay, listed), listed - rng.int(300, 1500));
    spread(rng, first, listed, 4).forEach((d, r) => {
      dates.set(LAND_STATES[r] as LandState, d);
    });
  }
  // Older land sometimes entered the records directly as reserve (收储) without a planned event.
  const skipPlanned = rank >= 1 && rng.chance(0.15);
  const chain = LAND_STATES.slice(skipPlanned ? 1 : 0, rank + 1);
  const events: EventRow[] = [];
  let prev: LandState | null = null;
  let prevDay = Number.NEGATIVE_INFINITY;
  for (const s of chain) {
    const day = Math.max(dates.get(s) ?? prevDay, prevDay);
    events.push({
      from: prev,
      to: s,
      date: isoOf(day),
      note: note(s, input.platformNameZh, input.holder),
      who: WHO[s],
    });
    prev = s;
    prevDay = day;
  }
  const lastEvent = events[events.length - 1];
  if (!lastEvent) throw new Error('empty history');
  return { events, stateSince: lastEvent.date, expectedReadyDate, contract };
}
