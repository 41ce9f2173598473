/**
 * The seed's inserts (server/db/queries/seed-writes.ts), each on a fresh in-memory database: the rows they
 * write, read back with plain SQL and compared with literal values.
 */

import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_GRANT_RECORDS } from '../../../../../domain/grant-records.ts';
import { openDatabase } from '../../../../../server/db/open.ts';
import {
  insertContextLayers,
  insertMeta,
  insertParcels,
  insertPlatforms,
  insertProjects,
  insertRedevelopment,
  insertTargetsAndUpgrades,
} from '../../../../../server/db/queries/seed-writes.ts';
import type { ParcelRecord, PlatformRecord } from '../../../../../server/seed/dataset.ts';
import { pipelineProject } from '../../../../fixtures/pipeline-project.ts';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [114.2, 22.97],
      [114.21, 22.97],
      [114.21, 22.98],
      [114.2, 22.98],
      [114.2, 22.97],
    ],
  ],
};
const BBOX: [number, number, number, number] = [114.2, 22.97, 114.21, 22.98];
const platform: PlatformRecord = {
  id: 'pa',
  nameZh: '测试平台',
  nameEn: 'Test',
  kind: 'industrial_park',
  focusIndustries: ['laser', 'ai'],
  towns: ['沥林'],
  areaM2: 1000,
  geometry: square,
  bbox: BBOX,
};
const parcel: ParcelRecord = {
  id: 'P1',
  code: 'C1',
  platformId: 'pa',
  town: '沥林',
  landUse: '100101',
  areaM2: 6666.5,
  areaMu: 9.99975,
  plotRatioMax: 2,
  state: 'transferred',
  stateSince: '2016-12-20',
  expectedReadyDate: null,
  contract: { signed: '2016-12-20', agreedDelivery: null, agreedStart: '2017-01-15', agreedCompletion: null },
  landPriceWan: 3000,
  version: 1,
  geometry: square,
  bbox: BBOX,
  records: NO_GRANT_RECORDS,
  events: [
    { from: null, to: 'ready', date: '2016-05-01', note: '净地', who: '国土分局' },
    { from: 'ready', to: 'transferred', date: '2016-12-20', note: '出让', who: '国土分局' },
  ],
};

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());
const all = (sql: string) => db.prepare(sql).all();

describe('seed inserts', () => {
  it('insertMeta writes the five keys, illustrativeGeometry as 1/0', () => {
    insertMeta(db, { asOf: '2018-03-09', title: 'T', source: 'S', illustrativeGeometry: true }, 'abc123');
    expect(all('SELECT key, value FROM meta ORDER BY key')).toEqual([
      { key: 'asOf', value: '2018-03-09' },
      { key: 'dataVersion', value: 'abc123' },
      { key: 'illustrativeGeometry', value: '1' },
      { key: 'source', value: 'S' },
      { key: 'title', value: 'T' },
    ]);
  });

  it('insertPlatforms stores lists as JSON and the bbox in four columns', () => {
    insertPlatforms(db, [platform]);
    expect(
      all('SELECT id, focus_industries, towns, min_lon, min_lat, max_lon, max_lat FROM platforms'),
    ).toEqual([
      {
        id: 'pa',
        focus_industries: '["laser","ai"]',
        towns: '["沥林"]',
        min_lon: 114.2,
        min_lat: 22.97,
        max_lon: 114.21,
        max_lat: 22.98,
      },
    ]);
  });

  it('insertParcels writes the parcel, its R*Tree box and its events in order', () => {
    insertPlatforms(db, [platform]);
    insertParcels(db, [parcel]);
    expect(
      all('SELECT code, state, contract_agreed_start, land_price_wan, version, area_mu FROM parcels'),
    ).toEqual([
      {
        code: 'C1',
        state: 'transferred',
        contract_agreed_start: '2017-01-15',
        land_price_wan: 3000,
        version: 1,
        area_mu: 9.99975,
      },
    ]);
    // R*Tree columns are 32-bit floats, rounded outwards: compare to 5 decimals.
    const [box] = all('SELECT min_lon, max_lon, min_lat, max_lat FROM parcel_rtree') as Array<
      Record<string, number>
    >;
    expect(box!.min_lon).toBeCloseTo(114.2, 5);
    expect(box!.max_lat).toBeCloseTo(22.98, 5);
    expect(all('SELECT from_state, to_state, date FROM land_events ORDER BY id')).toEqual([
      { from_state: null, to_state: 'ready', date: '2016-05-01' },
      { from_state: 'ready', to_state: 'transferred', date: '2016-12-20' },
    ]);
  });

  it('insertProjects writes rd_oriented as 0/1 and one link per held parcel', () => {
    insertPlatforms(db, [platform]);
    insertParcels(db, [parcel]);
    const p = pipelineProject({
      id: 'J1',
      name: '项目',
      enterprise: '企业',
      industry: 'laser',
      stage: 'land_acquired',
      investmentWan: 1000,
      landDemandMu: 10,
      rdOriented: true,
      parcelIds: ['P1', 'P1'],
    });
    insertProjects(db, [p]);
    expect(all('SELECT id, rd_oriented, investment_wan FROM projects')).toEqual([
      { id: 'J1', rd_oriented: 1, investment_wan: 1000 },
    ]);
    expect(all('SELECT parcel_id, project_id FROM parcel_projects')).toEqual([
      { parcel_id: 'P1', project_id: 'J1' },
    ]);
  });

  it('insertRedevelopment, insertTargetsAndUpgrades and insertContextLayers write their rows', () => {
    insertPlatforms(db, [platform]);
    insertRedevelopment(db, [
      {
        id: 'R1',
        code: 'SJ-1',
        name: '旧厂房',
        type: 'old_factory',
        mode: 'industrial_to_tech',
        platformId: 'pa',
        areaM2: 5000,
        targetYear: 2018,
        stage: 'planning',
        completedAreaM2: 0,
        floorSpaceM2: 12000,
        landOutputM2: 0,
        expectedCompletion: '2019-12-31',
        parcelId: null,
        geometry: square,
        bbox: BBOX,
      },
    ]);
    insertTargetsAndUpgrades(
      db,
      [
        {
          id: 'T1',
          scope: 'zone',
          year: 2018,
          metric: 'planned_investment',
          value: 240,
          unit: 'yuan_yi',
          source: 'S',
        },
      ],
      [
        {
          id: 'TU1',
          enterprise: 'E',
          platformId: 'pa',
          year: 2018,
          investmentWan: 12000,
          completedWan: 3000,
        },
      ],
    );
    insertContextLayers(db, {
      roads: [
        {
          type: 'Feature',
          id: 'r1',
          geometry: { type: 'Point', coordinates: [114.2, 22.97] },
          properties: { id: 'r1', nameZh: '路', nameEn: 'Road', kind: 'main', ref: 'X1' },
        },
      ],
    });
    expect(all('SELECT code, mode, floor_space_m2 FROM redevelopment_sites')).toEqual([
      { code: 'SJ-1', mode: 'industrial_to_tech', floor_space_m2: 12000 },
    ]);
    expect(all('SELECT id, value, unit FROM targets')).toEqual([{ id: 'T1', value: 240, unit: 'yuan_yi' }]);
    expect(all('SELECT id, completed_wan FROM tech_upgrades')).toEqual([{ id: 'TU1', completed_wan: 3000 }]);
    expect(all('SELECT layer, position FROM context_features')).toEqual([{ layer: 'roads', position: 0 }]);
  });
});
