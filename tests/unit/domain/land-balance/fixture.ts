/**
 * Loads a land-balance fixture: a compact JSON form where the bookkeeping fields of parcels and projects
 * (contract, version, key dates…) may be left out, and parcel areas are always computed with turf.area from
 * the geometry — as the seed does — never read from the file.
 */
import { readFileSync } from 'node:fs';
import { area } from '@turf/turf';
import { z } from 'zod';
import type { ParcelWithGeometry } from '../../../../domain/land-balance/index.ts';
import { LandBalanceOptions } from '../../../../domain/land-balance/options.ts';
import { AreaGeometry, Parcel, Platform, Project, RedevelopmentSite } from '../../../../domain/schemas.ts';
import { m2ToMu } from '../../../../domain/units.ts';

const FixtureParcel = Parcel.omit({ areaM2: true, areaMu: true })
  .partial({
    code: true,
    town: true,
    plotRatioMax: true,
    stateSince: true,
    expectedReadyDate: true,
    contract: true,
    landPriceWan: true,
    projectIds: true,
    version: true,
  })
  .extend({ geometry: AreaGeometry });
const FixtureProject = Project.partial({
  enterprise: true,
  origin: true,
  annualOutputWan: true,
  keyDates: true,
  parcelIds: true,
  floorDemandM2: true,
  landDemandMu: true,
  rdOriented: true,
  neededBy: true,
});
const Fixture = z.object({
  description: z.string(),
  options: LandBalanceOptions.partial().extend({ asOf: z.string() }),
  platforms: z.array(Platform.partial({ towns: true, areaM2: true, kind: true })),
  parcels: z.array(FixtureParcel),
  projects: z.array(FixtureProject),
  redevelopment: z.array(
    RedevelopmentSite.partial({
      code: true,
      type: true,
      targetYear: true,
      completedAreaM2: true,
      parcelId: true,
    }),
  ),
});

/** A fixture as the domain functions take it. */
export interface LoadedFixture {
  description: string;
  input: {
    parcels: ParcelWithGeometry[];
    projects: Project[];
    platforms: Platform[];
    redevelopment: RedevelopmentSite[];
    options: z.input<typeof LandBalanceOptions>;
  };
}

/** Reads `tests/fixtures/land-balance/in/<name>.json`. */
export function loadFixture(name: string): LoadedFixture {
  const raw = Fixture.parse(
    JSON.parse(
      readFileSync(new URL(`../../../fixtures/land-balance/in/${name}.json`, import.meta.url), 'utf8'),
    ),
  );
  const nullContract = { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null };
  const parcels = raw.parcels.map((p) => {
    const areaM2 = area({ type: 'Feature', geometry: p.geometry, properties: {} });
    return {
      ...p,
      code: p.code ?? p.id,
      town: p.town ?? '',
      plotRatioMax: p.plotRatioMax ?? 2,
      stateSince: p.stateSince ?? '2017-01-01',
      expectedReadyDate: p.expectedReadyDate ?? null,
      contract: p.contract ?? nullContract,
      landPriceWan: p.landPriceWan ?? null,
      projectIds: p.projectIds ?? [],
      version: p.version ?? 1,
      areaM2,
      areaMu: m2ToMu(areaM2),
    };
  });
  const noDates = {
    firstContact: null,
    approved: null,
    signed: null,
    landAcquired: null,
    started: null,
    producing: null,
  };
  const projects = raw.projects.map((p) => ({
    ...p,
    enterprise: p.enterprise ?? p.name,
    origin: p.origin ?? 'shenzhen',
    annualOutputWan: p.annualOutputWan ?? null,
    keyDates: p.keyDates ?? noDates,
    parcelIds: p.parcelIds ?? [],
    floorDemandM2: p.floorDemandM2 ?? null,
    landDemandMu: p.landDemandMu ?? null,
    rdOriented: p.rdOriented ?? false,
    neededBy: p.neededBy ?? null,
  }));
  const platforms = raw.platforms.map((p) => ({
    ...p,
    towns: p.towns ?? [],
    areaM2: p.areaM2 ?? 0,
    kind: p.kind ?? 'industrial_park',
  }));
  const redevelopment = raw.redevelopment.map((r) => ({
    ...r,
    code: r.code ?? r.id,
    type: r.type ?? 'old_factory',
    targetYear: r.targetYear ?? 2018,
    completedAreaM2: r.completedAreaM2 ?? 0,
    parcelId: r.parcelId ?? null,
  }));
  return {
    description: raw.description,
    input: { parcels, projects, platforms, redevelopment, options: raw.options },
  };
}
