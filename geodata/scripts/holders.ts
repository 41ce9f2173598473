/**
 * Land holders: attaches the named projects and generated land-holding projects to parcels in state
 * transferred or later, then writes every parcel's history, contract and land price. A project's parcels share
 * one contract and one history (they were transferred together).
 */
import {
  type Industry,
  LAND_STATES,
  type LandState,
  type Origin,
  type ProjectStage,
} from '../../domain/enums.ts';
import { landUseFits } from '../../domain/land-use-fit.ts';
import type { Project } from '../../domain/schemas.ts';
import { buildHistory, type StartClock } from './lifecycle.ts';
import type { NameMaker } from './names.ts';
import { type ParcelDraft, pickParcels } from './parcels.ts';
import { BELT_SKETCH, PLATFORM_SKETCHES } from './places.ts';
import { PLATFORM_INFO, PRICE_PER_MU } from './platform-info.ts';
import { dayOf, isoOf, type Rng } from './prng.ts';
import { BELT_LANDED, NAMED_ELSEWHERE, type ProjectSpec } from './projects.ts';

const TRANSFERRED = LAND_STATES.indexOf('transferred');

const PLATFORM_NAME: Record<string, string> = Object.fromEntries([
  [BELT_SKETCH.id, BELT_SKETCH.nameZh],
  ...PLATFORM_SKETCHES.map((s) => [s.id, s.nameZh]),
]);

function stageOf(state: LandState): ProjectStage {
  if (state === 'producing') return 'producing';
  if (state === 'under_construction' || state === 'completed') return 'under_construction';
  return 'land_acquired';
}

interface Group {
  parcels: ParcelDraft[];
  spec: (ProjectSpec & { platformId: string }) | null;
  clock: StartClock;
}

/**
 * Projects sit on land whose use fits their industry (domain/land-use-fit.ts): a holder's parcel of another use
 * (commercial, logistics, research) becomes 一类工业用地 — except the first such case, kept on purpose so that the
 * land-use ↔ industry check has a parcel to flag on the map.
 */
let misfitKept = false;
function fitLandUse(g: Group, industry: Industry): void {
  for (const p of g.parcels) {
    if (landUseFits({ industry, rdOriented: false }, p.landUse)) continue;
    if (!misfitKept && !g.spec && p.landUse === '0901') {
      misfitKept = true;
      continue;
    }
    p.landUse = '100101';
  }
}

/** Applies one history to a group's parcels and returns the project holding them. */
function settle(rng: Rng, names: NameMaker, g: Group, id: string): Project {
  const first = g.parcels[0];
  if (!first) throw new Error('empty holder group');
  const platformId = first.platformId;
  const totalMu = g.parcels.reduce((s, p) => s + p.areaMu, 0);
  const isKorea = platformId === 'sino-korea';
  const industry: Industry =
    g.spec?.industry ??
    rng.weighted<Industry>(
      isKorea
        ? { semiconductor: 30, ai: 10, bigdata_iot: 15, other: 30, laser: 5, new_energy: 10, beidou: 0 }
        : { other: 30, new_energy: 12, bigdata_iot: 16, laser: 12, semiconductor: 10, ai: 10, beidou: 10 },
    );
  const origin: Origin =
    g.spec?.origin ??
    rng.weighted<Origin>(
      isKorea
        ? { korea: 45, local: 25, shenzhen: 20, other: 10 }
        : { local: 45, shenzhen: 32, other: 15, korea: 8 },
    );
  const invented = g.spec ? null : names.enterprise(industry, origin);
  fitLandUse(g, industry);
  const enterprise = g.spec?.enterprise ?? invented?.enterprise ?? '';
  const specSigned = g.spec?.signed ? dayOf(g.spec.signed) : undefined;
  const history = buildHistory(rng, {
    state: first.state,
    startDay: PLATFORM_INFO[platformId]?.startDay ?? dayOf('2010-01-01'),
    platformNameZh: PLATFORM_NAME[platformId] ?? platformId,
    holder: enterprise,
    clock: g.clock,
    ...(g.spec?.agreedStart ? { agreedStartDay: dayOf(g.spec.agreedStart) } : {}),
    ...(specSigned !== undefined ? { minSignedDay: specSigned + rng.int(30, 120) } : {}),
  });
  const [plo, phi] = PRICE_PER_MU[first.landUse];
  const pricePerMu = rng.range(plo, phi);
  for (const p of g.parcels) {
    p.holderId = id;
    p.events = history.events.map((e) => ({ ...e }));
    p.stateSince = history.stateSince;
    p.expectedReadyDate = null;
    p.contract = { ...history.contract };
    p.landPriceWan = Math.round(p.areaMu * pricePerMu * 10) / 10;
  }
  const eventDay = (s: LandState) => history.events.find((e) => e.to === s)?.date ?? null;
  const landAcquired = history.contract.signed;
  if (!landAcquired) throw new Error(`no contract for ${id}`);
  const signedDay = specSigned ?? dayOf(landAcquired) - rng.int(30, 200);
  let approvedDay: number | null = g.spec?.approved ? dayOf(g.spec.approved) : signedDay - rng.int(20, 90);
  if (!g.spec && approvedDay !== null) {
    // Only larger projects go through the 管委会 meeting (过会); Shenzhen 过会 of 2017 are counted exactly
    // elsewhere, so generated holders never add to them.
    const year = isoOf(approvedDay).slice(0, 4);
    if ((origin === 'shenzhen' && year === '2017') || rng.chance(0.35)) approvedDay = null;
  }
  const investmentWan = g.spec?.investmentWan ?? Math.round((totalMu * rng.range(150, 450)) / 100) * 100;
  return {
    id,
    name: g.spec?.name ?? names.project(invented?.short ?? '', industry),
    enterprise,
    industry,
    origin,
    investmentWan,
    landDemandMu: Math.round(totalMu),
    floorDemandM2: null,
    stage: g.spec?.stage ?? stageOf(first.state),
    targetPlatformId: platformId,
    rdOriented: g.spec?.rdOriented ?? (industry === 'ai' && rng.chance(0.4)),
    neededBy: null,
    annualOutputWan:
      g.spec?.annualOutputWan ??
      (first.state === 'producing' && rng.chance(0.7)
        ? Math.round((investmentWan * rng.range(1.2, 3)) / 100) * 100
        : null),
    keyDates: {
      firstContact: isoOf((approvedDay ?? signedDay) - rng.int(60, 400)),
      approved: approvedDay === null ? null : isoOf(approvedDay),
      signed: isoOf(signedDay),
      landAcquired,
      started: eventDay('under_construction'),
      producing: eventDay('producing'),
    },
    parcelIds: g.parcels.map((p) => p.id),
  };
}

/** State of a named project's parcels. */
function namedState(rng: Rng, spec: ProjectSpec): LandState {
  if (spec.stage === 'producing') return 'producing';
  if (spec.stage === 'under_construction') return 'under_construction';
  return rng.chance(0.5) ? 'delivered' : 'transferred';
}

/** Attaches holders, writes histories; returns the land-holding projects (named first). */
export function assignHolders(rng: Rng, names: NameMaker, drafts: ParcelDraft[]): Project[] {
  misfitKept = false;
  const groups: Group[] = [];
  const named = [...BELT_LANDED.map((s) => ({ ...s, platformId: BELT_SKETCH.id })), ...NAMED_ELSEWHERE];
  for (const spec of named) {
    const want = Math.min(260, Math.max(30, spec.investmentWan / rng.range(380, 650)));
    // Planned M0 land is not granted before the pilot (parcels.ts); named projects take industrial land.
    const picked = pickParcels(
      drafts,
      spec.platformId,
      spec.parcels,
      want,
      (d) => d.state !== 'listed' && landUseFits(spec, d.landUse),
    );
    if (picked.length !== spec.parcels) throw new Error(`no land for ${spec.id}`);
    const state = namedState(rng, spec);
    for (const p of picked) {
      p.state = state;
      p.holderId = spec.id;
    }
    groups.push({ parcels: picked, spec, clock: 'later' });
  }
  // Generated holders: runs of up to three neighbouring parcels of one block in the same transferred+ state.
  let open: ParcelDraft[] = [];
  const flush = () => {
    if (open.length) groups.push({ parcels: open, spec: null, clock: 'later' });
    open = [];
  };
  for (const d of drafts) {
    if (d.holderId !== null || LAND_STATES.indexOf(d.state) < TRANSFERRED) continue;
    if (d.platformId === BELT_SKETCH.id) d.state = 'planned'; // belt land is held only by its 11 projects
    const last = open[open.length - 1];
    if (
      last &&
      (last.piece.blockId !== d.piece.blockId || last.state !== d.state || open.length >= rng.int(1, 3))
    ) {
      flush();
    }
    if (d.platformId !== BELT_SKETCH.id) open.push(d);
  }
  flush();
  // The idle-land clock spread over generated transferred/delivered holdings: a couple reclaimable, a few idle,
  // some overdue and some due within 180 days; the rest start later.
  const waiting = groups.filter((g) => !g.spec && LAND_STATES.indexOf(g.parcels[0]?.state ?? 'planned') <= 5);
  const clocks: StartClock[] = [
    'reclaimable',
    'reclaimable',
    ...Array(4).fill('idle'),
    ...Array(6).fill('overdue'),
  ];
  clocks.push(...Array(10).fill('due'));
  rng.shuffle(waiting).forEach((g, i) => {
    g.clock = clocks[i] ?? 'later';
  });
  const projects = groups.map((g, i) =>
    settle(rng, names, g, g.spec?.id ?? `prj-h${String(i + 1).padStart(3, '0')}`),
  );
  // Parcels without a holder (規划 … 挂牌) get their own histories.
  for (const d of drafts) {
    if (d.holderId !== null) continue;
    const h = buildHistory(rng, {
      state: d.state,
      startDay: PLATFORM_INFO[d.platformId]?.startDay ?? dayOf('2010-01-01'),
      platformNameZh: PLATFORM_NAME[d.platformId] ?? d.platformId,
      holder: null,
      clock: 'later',
    });
    Object.assign(d, { events: h.events, stateSince: h.stateSince, expectedReadyDate: h.expectedReadyDate });
    d.contract = h.contract;
  }
  return projects;
}
