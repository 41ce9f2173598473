/**
 * The parcel list as KML 2.2 for Google Earth and QGIS. Hand-written rather than with `tokml` (unmaintained
 * since 2016): the format needed is small, and writing it here keeps the escaping under our control. Every
 * text goes through `xml()` (entities for & < > " ', XML-1.0-illegal control characters dropped); the HTML
 * balloon is built with HTML-escaped values and then XML-escaped as a whole, so no value can close a tag or a
 * CDATA section. Each placemark has a name (the parcel code), an HTML description, ExtendedData (the
 * attribute table in QGIS) and a style per land state.
 */

import type { Position } from 'geojson';
import { LAND_STATES, type LandState } from '../../domain/enums.ts';
import { formatDate, formatMoneyWan, formatNumber, labelOf } from '../../domain/format.ts';
import { STATE_COLORS } from '../../domain/palette.ts';
import { rfc7946Geometry } from './geojson.ts';
import type { ParcelListModel, ParcelRow } from './models.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing characters XML 1.0 forbids.
const ILLEGAL_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text escaped for XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(ILLEGAL_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** KML colour `aabbggrr` from `#rrggbb` and an alpha 0–255. */
export function kmlColour(hex: string, alpha: number): string {
  const [r, g, b] = [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  return `${alpha.toString(16).padStart(2, '0')}${b}${g}${r}`.toLowerCase();
}

const zh = 'zh-CN';

function style(state: LandState): string {
  return `<Style id="state-${state}"><LineStyle><color>ff333333</color><width>1.2</width></LineStyle><PolyStyle><color>${kmlColour(STATE_COLORS[state], 0xb3)}</color></PolyStyle></Style>`;
}

function coords(ring: readonly Position[]): string {
  return ring.map((p) => `${p[0]},${p[1]}`).join(' ');
}

function polygon(rings: readonly (readonly Position[])[]): string {
  const [outer, ...holes] = rings;
  const inner = holes.map(
    (h) =>
      `<innerBoundaryIs><LinearRing><coordinates>${coords(h)}</coordinates></LinearRing></innerBoundaryIs>`,
  );
  return `<Polygon><outerBoundaryIs><LinearRing><coordinates>${coords(outer ?? [])}</coordinates></LinearRing></outerBoundaryIs>${inner.join('')}</Polygon>`;
}

function attributes(row: ParcelRow): [string, string, string][] {
  const p = row.parcel;
  return [
    ['code', '地块编号', p.code],
    ['platform', '所属平台', row.platformNameZh],
    ['town', '镇街', p.town],
    ['landUse', '用地性质', `${labelOf('landUse', p.landUse, zh)}（${p.landUse}）`],
    ['areaM2', '面积（㎡）', formatNumber(p.areaM2, zh)],
    ['areaMu', '面积（亩）', formatNumber(p.areaMu, zh, 1)],
    ['plotRatioMax', '容积率上限', formatNumber(p.plotRatioMax, zh, 1)],
    ['state', '供地状态', labelOf('landState', p.state, zh)],
    ['stateSince', '状态起始', formatDate(p.stateSince, zh)],
    ['agreedStart', '约定开工', formatDate(p.contract.agreedStart, zh)],
    ['landPrice', '出让价款', formatMoneyWan(p.landPriceWan, zh)],
    ['projects', '项目', row.projects.map((x) => x.name).join('；')],
    ['enterprises', '企业', row.projects.map((x) => x.enterprise).join('；')],
  ];
}

function placemark(row: ParcelRow): string {
  const attrs = attributes(row);
  // HTML-escape each value (xml() covers HTML's specials too), then escape the whole HTML once more for XML.
  const html = `<table>${attrs.map(([, label, v]) => `<tr><th align="left">${xml(label)}</th><td>${xml(v)}</td></tr>`).join('')}</table>`;
  const data = attrs
    .map(
      ([key, label, v]) =>
        `<Data name="${key}"><displayName>${xml(label)}</displayName><value>${xml(v)}</value></Data>`,
    )
    .join('');
  const g = rfc7946Geometry(row.geometry);
  const geometry =
    g.type === 'Polygon'
      ? polygon(g.coordinates)
      : `<MultiGeometry>${g.coordinates.map(polygon).join('')}</MultiGeometry>`;
  return `<Placemark id="${xml(row.parcel.id)}"><name>${xml(row.parcel.code)}</name><description>${xml(html)}</description><styleUrl>#state-${row.parcel.state}</styleUrl><ExtendedData>${data}</ExtendedData>${geometry}</Placemark>`;
}

/** KML 2.2 document of a parcel list. */
export function parcelListKml(list: ParcelListModel): string {
  const title = `${list.zoneNameZh}地块 ${list.filterLabelZh}（数据截至 ${list.asOf}）`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    `<Document><name>${xml(title)}</name>`,
    ...LAND_STATES.map(style),
    ...list.rows.map(placemark),
    '</Document>',
    '</kml>',
    '',
  ].join('\n');
}
