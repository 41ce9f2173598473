/** Small lookups the report and export routes need beyond the other query modules. */
import type { Database } from 'better-sqlite3';
import type { LineString, MultiLineString } from 'geojson';
import type { BBox } from '../../seed/dataset.ts';
import { layerFeatures } from './layers.ts';

/** Chinese platform names by id. */
export function platformNames(db: Database): Record<string, string> {
  const rows = db.prepare('SELECT id, name_zh FROM platforms ORDER BY rowid').all() as {
    id: string;
    name_zh: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.name_zh]));
}

/** A road of the context layer. */
export type RoadLine = { nameZh: string; ref: string; kind: string; geometry: LineString | MultiLineString };

function lineBox(g: LineString | MultiLineString): BBox {
  const pts = g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of pts) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/** Roads and railways (line features of the `roads` layer) whose bbox overlaps `box`. */
export function roadsNear(db: Database, box: BBox): RoadLine[] {
  const out: RoadLine[] = [];
  for (const f of layerFeatures(db, 'roads')) {
    const g = f.geometry;
    let geometry: LineString | MultiLineString;
    if (g.type === 'LineString') geometry = { type: 'LineString', coordinates: g.coordinates };
    else if (g.type === 'MultiLineString') geometry = { type: 'MultiLineString', coordinates: g.coordinates };
    else continue;
    const b = lineBox(geometry);
    if (b[2] < box[0] || b[0] > box[2] || b[3] < box[1] || b[1] > box[3]) continue;
    out.push({ nameZh: f.properties.nameZh, ref: f.properties.ref, kind: f.properties.kind, geometry });
  }
  return out;
}
