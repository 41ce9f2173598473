import { describe, expect, it } from 'vitest';
import { mapAsOf, parcelTileJsonUrl } from '../../../../client/map/parcel-tile-url.ts';

describe('parcel tile URL', () => {
  it('is the TileJSON, with the data version and a past date when given', () => {
    expect(parcelTileJsonUrl('http://h:1')).toBe('http://h:1/api/tiles/parcels.json');
    expect(parcelTileJsonUrl('http://h:1', { version: 'v1-r2', asOf: '2017-01-01' })).toBe(
      'http://h:1/api/tiles/parcels.json?v=v1-r2&asOf=2017-01-01',
    );
  });

  it('follows the reference date only when it is before the data’s as-of date', () => {
    expect(mapAsOf(null, '2018-03-09')).toBeNull();
    expect(mapAsOf('2017-06-30', '2018-03-09')).toBe('2017-06-30');
    expect(mapAsOf('2018-03-09', '2018-03-09')).toBeNull();
    expect(mapAsOf('2019-01-01', '2018-03-09')).toBeNull();
    // Until the config has arrived the map shows today's ledger.
    expect(mapAsOf('2017-06-30', undefined)).toBeNull();
  });
});
