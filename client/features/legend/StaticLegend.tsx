import type { ParseKeys } from 'i18next';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { OVERLAY_COLORS } from '../../../domain/palette.ts';

/** One overlay symbol: the i18n key of its label, its CSS class and the colours it takes from the palette. */
interface OverlaySymbol {
  id: string;
  label: ParseKeys;
  className: string;
  style?: CSSProperties;
}

const O = OVERLAY_COLORS;

/** Every layer drawn besides the parcels, in the order they stack (top first), with the map's own colours. */
const SYMBOLS: readonly OverlaySymbol[] = [
  {
    id: 'project',
    label: 'legendOverlay.projectOutline',
    className: 'sym',
    style: { border: `3px solid ${O.projectOutline}` },
  },
  { id: 'redevelopment', label: 'legend.redevelopment', className: 'sym sym-hatch' },
  { id: 'platform', label: 'legend.platformBoundary', className: 'sym sym-platform' },
  {
    id: 'station',
    label: 'legendOverlay.station',
    className: 'sym sym-town',
    style: { background: O.station },
  },
  { id: 'town', label: 'legend.town', className: 'sym sym-town' },
  { id: 's357', label: 'legend.s357', className: 'sym sym-s357' },
  {
    id: 'expressway',
    label: 'legendOverlay.expressway',
    className: 'sym sym-road',
    style: { background: O.expressway },
  },
  { id: 'road', label: 'legend.road', className: 'sym sym-road' },
  {
    id: 'railway',
    label: 'legendOverlay.railway',
    className: 'sym sym-rail',
    style: { backgroundImage: `repeating-linear-gradient(90deg, ${O.railway} 0 6px, transparent 6px 10px)` },
  },
  { id: 'water', label: 'legend.water', className: 'sym sym-water', style: { background: O.water } },
];

/** Symbols of the non-parcel layers: project outline, 三旧 hatch, platforms, places, roads, railway, water. */
export function StaticLegend() {
  const { t } = useTranslation();
  return (
    <section aria-label={t('legendOverlay.heading')}>
      <h3 className="legend-heading">{t('legendOverlay.heading')}</h3>
      <ul className="static-legend" data-testid="static-legend">
        {SYMBOLS.map((s) => (
          <li key={s.id} data-testid={`legend-overlay-${s.id}`}>
            <i className={s.className} style={s.style} />
            {t(s.label)}
          </li>
        ))}
      </ul>
    </section>
  );
}
