/**
 * Assembles the whole sample dataset from one seed, validates every record with the domain's zod schemas,
 * checks the article's figures, and serialises each file to a stable string (one feature / record per line).
 */
import type { Feature, Point } from 'geojson';
import { z } from 'zod';
import { LAND_STATES } from '../../domain/enums.ts';
import {
  areaFeature,
  ContextLineFeature,
  ContextPointFeature,
  ContextProps,
  featureCollection,
  ParcelProps,
  PlatformProps,
  RedevelopmentProps,
} from '../../domain/geodata-files.ts';
import type { GrantRecords } from '../../domain/grant-records.ts';
import { DatasetMeta, Project, Target, TechUpgrade } from '../../domain/schemas.ts';
import { checkFigures } from './checks.ts';
import { toLonLat, toXy } from './geo.ts';
import { assignHolders } from './holders.ts';
import { buildLayout } from './layout.ts';
import { NameMaker } from './names.ts';
import { draftParcels } from './parcels.ts';
import { buildPipeline } from './pipeline.ts';
import { BELT_SKETCH, PLATFORM_SKETCHES, STATIONS, TOWNS } from './places.ts';
import { snapPlanDates } from './plan-dates.ts';
import { Rng } from './prng.ts';
import { buildMeta, buildTargets, buildTechUpgrades } from './records.ts';
import { buildRedevelopment } from './redevelopment.ts';
import { addSupervision } from './supervision.ts';

/** The seed of the bundled sample (the article's date). */
export const SEED = 20180309;

/** The files of geodata/, name → content. */
export type GeodataFiles = Record<string, string>;

const collection = (features: readonly unknown[]) =>
  `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
const list = (items: readonly unknown[]) => `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]\n`;

/** The grant records a parcel carries in parcels.geojson: only those it has (nulls and empty lists left out). */
function recordProps(r: GrantRecords): Partial<GrantRecords> {
  return Object.fromEntries(
    Object.entries(r).filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0)),
  ) as Partial<GrantRecords>;
}

/** Generates every file of the sample dataset. Deterministic: same bytes on every run. */
export function generateGeodata(seed = SEED): GeodataFiles {
  const rng = new Rng(seed);
  const layout = buildLayout(rng);
  const names = new NameMaker(rng);
  const drafts = draftParcels(rng, layout);
  const holders = assignHolders(rng, names, drafts);
  const approvedSoFar = holders.filter(
    (p) => p.origin === 'shenzhen' && p.keyDates.approved?.startsWith('2017'),
  ).length;
  const pipeline = buildPipeline(rng, names, approvedSoFar);
  const projects = [...holders, ...pipeline];
  snapPlanDates(drafts);
  addSupervision(seed, drafts, projects);
  const redevelopment = buildRedevelopment(rng, layout.freeBlocks);
  const techUpgrades = buildTechUpgrades(rng, names);

  const parcels = drafts.map((d) => {
    const props: ParcelProps = {
      id: d.id,
      code: d.code,
      platformId: d.platformId,
      town: d.town,
      landUse: d.landUse,
      plotRatioMax: d.plotRatioMax,
      state: d.state,
      stateSince: d.stateSince,
      expectedReadyDate: d.expectedReadyDate,
      contract: d.contract,
      landPriceWan:
        LAND_STATES.indexOf(d.state) >= LAND_STATES.indexOf('transferred') ? d.landPriceWan : null,
      events: d.events,
      ...recordProps(d.records),
    };
    return { type: 'Feature', id: d.id, geometry: d.feature.geometry, properties: props };
  });
  const sketches = [BELT_SKETCH, ...PLATFORM_SKETCHES];
  const platforms = layout.platforms.map((p) => {
    const sk = sketches.find((s) => s.id === p.id);
    if (!sk) throw new Error(`no sketch for ${p.id}`);
    const towns = TOWNS.map((t) => t.nameZh).filter((t) =>
      drafts.some((d) => d.platformId === p.id && d.town === t),
    );
    const props: PlatformProps = {
      id: sk.id,
      nameZh: sk.nameZh,
      nameEn: sk.nameEn,
      kind: sk.kind,
      focusIndustries: sk.focusIndustries,
      towns,
    };
    return { type: 'Feature', id: sk.id, geometry: p.feature.geometry, properties: props };
  });
  const points: Feature<Point, ContextProps>[] = [...TOWNS, ...STATIONS].map((t) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: toLonLat(toXy(t.at)) },
    properties: { id: t.id, nameZh: t.nameZh, nameEn: t.nameEn, kind: t.kind, ref: '' },
  }));

  // Validate with the contract's schemas before anything is written.
  featureCollection(areaFeature(PlatformProps)).parse({ type: 'FeatureCollection', features: platforms });
  featureCollection(areaFeature(ParcelProps)).parse({ type: 'FeatureCollection', features: parcels });
  featureCollection(areaFeature(RedevelopmentProps)).parse({
    type: 'FeatureCollection',
    features: redevelopment,
  });
  featureCollection(ContextPointFeature).parse({ type: 'FeatureCollection', features: points });
  featureCollection(ContextLineFeature).parse({ type: 'FeatureCollection', features: layout.roads });
  featureCollection(areaFeature(ContextProps)).parse({ type: 'FeatureCollection', features: layout.water });
  z.array(Project).parse(projects);
  z.array(TechUpgrade).parse(techUpgrades);
  const targets = z.array(Target).parse(buildTargets());
  const meta = DatasetMeta.parse(buildMeta());
  checkFigures({ platforms: layout.platforms, drafts, projects, redevelopment, techUpgrades });

  return {
    'meta.json': `${JSON.stringify(meta, null, 2)}\n`,
    'platforms.geojson': collection(platforms),
    'parcels.geojson': collection(parcels),
    'projects.json': list(projects),
    'redevelopment.geojson': collection(redevelopment),
    'targets.json': list(targets),
    'tech-upgrades.json': list(techUpgrades),
    'towns.geojson': collection(points),
    'roads.geojson': collection(layout.roads),
    'water.geojson': collection(layout.water),
  };
}
