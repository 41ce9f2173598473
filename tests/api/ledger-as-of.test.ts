/**
 * `asOf=YYYY-MM-DD` on GET /api/parcels, GET /api/parcels/:id and GET /api/dashboard against the hand-made
 * fixture. The oracle for past states is a hand walk over the stored events (last event dated on or before the
 * day); after a split on 2018-03-09 the parent stands on 2018-03-08 and its parts from 2018-03-09.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, as, signIn } from './helpers/auth.ts';
import { testApp } from './helpers/test-app.ts';

const { app, db, cleanup } = testApp();
afterAll(cleanup);
let editor: ReturnType<typeof as>;
beforeAll(async () => {
  await addUser(db, { login: 'zhang', displayName: '张工', role: 'editor' });
  editor = as(app, await signIn(app, 'zhang'));
});

type List = { total: number; features: { id: string; properties: { code: string; state: string } }[] };
const list = async (q: string) => (await (await editor(`/api/parcels?${q}`)).json()) as List;

describe('asOf on the parcel list', () => {
  it('a date before any event gives an empty ledger; the as-of date of the data gives today’s states', async () => {
    expect((await list('asOf=2000-01-01')).total).toBe(0);
    const now = await list('');
    const then = await list('asOf=2018-03-09');
    expect(then.features.map((f) => [f.id, f.properties.state])).toEqual(
      now.features.map((f) => [f.id, f.properties.state]),
    );
  });

  it('state filter applies to the state on that day', async () => {
    const events = db.prepare(`SELECT parcel_id, to_state, date FROM land_events ORDER BY id`).all() as {
      parcel_id: string;
      to_state: string;
      date: string;
    }[];
    // Oracle: walk the stored events by hand for 2016-01-01.
    const at = new Map<string, string>();
    for (const e of events) if (e.date <= '2016-01-01') at.set(e.parcel_id, e.to_state);
    const transferred = [...at]
      .filter(([, s]) => s === 'transferred')
      .map(([id]) => id)
      .sort();
    const res = await list('asOf=2016-01-01&state=transferred');
    expect(res.features.map((f) => f.id).sort()).toEqual(transferred);
    expect(res.total).toBeLessThan(
      (await list('state=transferred')).total + (await list('state=delivered')).total + 10,
    );
  });

  it('after a split the parent stands the day before, its parts from the split day', async () => {
    const tag = (await editor('/api/parcels/P-002')).headers.get('ETag') as string;
    const res = await editor('/api/parcels/P-002/split', {
      method: 'POST',
      headers: { 'If-Match': tag },
      json: {
        line: {
          type: 'LineString',
          coordinates: [
            [114.221, 22.979],
            [114.221, 22.984],
          ],
        },
      },
    });
    expect(res.status).toBe(201);
    const before = (await list('asOf=2018-03-08&platform=test-belt')).features.map((f) => f.properties.code);
    const after = (await list('asOf=2018-03-09&platform=test-belt')).features.map((f) => f.properties.code);
    expect(before).toContain('ZK-2017-002');
    expect(before).not.toContain('ZK-2017-002-1');
    expect(after).not.toContain('ZK-2017-002');
    expect(after).toEqual(expect.arrayContaining(['ZK-2017-002-1', 'ZK-2017-002-2']));
    const parent = (await (await editor('/api/parcels/P-002?asOf=2018-03-08')).json()) as {
      asOf: { exists: boolean; state: string };
    };
    expect(parent.asOf).toMatchObject({ exists: true, state: 'ready' });
    const gone = (await (await editor('/api/parcels/P-002?asOf=2018-03-09')).json()) as {
      asOf: { exists: boolean };
    };
    expect(gone.asOf.exists).toBe(false);
  });
});

describe('asOf on the dashboard', () => {
  it('land by state counts the parcels standing then, as the hand walk over the events gives', async () => {
    type Dash = { ledgerAsOf: string | null; charts: { landByState: { count: number }[] } };
    const count = (d: Dash) => d.charts.landByState.reduce((n, r) => n + r.count, 0);
    const now = (await (await editor('/api/dashboard')).json()) as Dash;
    const then = (await (await editor('/api/dashboard?asOf=2016-01-01')).json()) as Dash;
    const firstDays = db
      .prepare('SELECT parcel_id, min(date) d FROM land_events GROUP BY parcel_id')
      .all() as { d: string }[];
    expect(now.ledgerAsOf).toBeNull();
    expect(then.ledgerAsOf).toBe('2016-01-01');
    expect(count(then)).toBe(firstDays.filter((r) => r.d <= '2016-01-01').length);
    expect(count(then)).toBeLessThan(count(now));
  });

  it('exports the ledger of asOf: the parcels standing then, in their state then, a later contract left empty', async () => {
    const res = await editor('/api/exports/parcels.geojson?asOf=2016-01-01');
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain('2016-01-01');
    type Props = { state: string; contract: { signed: string | null }; landPriceWan: number | null };
    const fc = (await res.json()) as { features: { id: string; properties: Props }[] };
    // Oracle: the stored events walked by hand (last event dated on or before the day, in recorded order).
    const events = db.prepare('SELECT parcel_id, to_state, date FROM land_events ORDER BY id').all() as {
      parcel_id: string;
      to_state: string;
      date: string;
    }[];
    const then = new Map<string, string>();
    for (const e of events) if (e.date <= '2016-01-01') then.set(e.parcel_id, e.to_state);
    expect(fc.features.map((f) => [f.id, f.properties.state]).sort()).toEqual([...then].sort());
    const signed = db.prepare("SELECT id FROM parcels WHERE contract_signed > '2016-01-01'").all() as {
      id: string;
    }[];
    const later = fc.features.filter((f) => signed.some((s) => s.id === f.id));
    expect(later.length).toBeGreaterThan(0);
    for (const f of later)
      expect(f.properties).toMatchObject({ contract: { signed: null }, landPriceWan: null });
  });
});
