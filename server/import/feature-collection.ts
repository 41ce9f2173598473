/**
 * GeoJSON-shaped features (from a GeoJSON file or togeojson's reading of a KML) → source records: geometry via
 * geojson-geometry.ts, properties as attributes (nested values as JSON text), field names in first-seen order.
 */
import { geometryProblemMessage, readGeoJsonGeometry } from './geojson-geometry.ts';
import type { AttributeValue, ReadBudget, RecordProblem, SourceRecord } from './source-types.ts';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A property value as an attribute: primitives as they are, blank strings as null, anything else as JSON. */
export function toAttribute(v: unknown): AttributeValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** Reads features; `skip` names properties to leave out (e.g. KML styling). */
export function readFeatures(
  features: readonly unknown[],
  budget: ReadBudget,
  skip: ReadonlySet<string> = new Set(),
) {
  const fields: string[] = [];
  const seen = new Set<string>();
  const records: SourceRecord[] = [];
  const problems: RecordProblem[] = [];
  features.forEach((f, i) => {
    budget.feature();
    const record = i + 1;
    const feature = isObj(f) ? f : {};
    const reading = readGeoJsonGeometry(feature.geometry, budget);
    const attributes: Record<string, AttributeValue> = {};
    for (const [k, v] of Object.entries(isObj(feature.properties) ? feature.properties : {})) {
      if (skip.has(k)) continue;
      if (!seen.has(k)) {
        seen.add(k);
        fields.push(k);
      }
      attributes[k] = toAttribute(v);
    }
    if ('geometry' in reading) records.push({ record, geometry: reading.geometry, attributes });
    else {
      records.push({ record, geometry: null, attributes });
      problems.push({ record, code: reading.problem, message: geometryProblemMessage(record, reading) });
    }
  });
  return { fields, records, problems };
}
