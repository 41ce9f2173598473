import { useTranslation } from 'react-i18next';
import { LAND_STATES } from '../../../domain/enums.ts';
import { formatArea, labelOf } from '../../../domain/format.ts';
import type { HoverInfo } from '../../map/use-map-interaction.ts';
import { useLang } from '../language/use-lang.ts';

/** Hover tooltip: code, state and area (㎡ and 亩) of the parcel under the pointer. Text only, never HTML. */
export function ParcelTooltip({ hover }: { hover: HoverInfo }) {
  const { t } = useTranslation();
  const lang = useLang();
  const p = hover.props;
  // Rendered-feature properties are untyped; only a known state gets a label.
  const state = LAND_STATES.find((s) => s === p.state);
  const stateLabel = state ? labelOf('landState', state, lang) : '';
  return (
    <div
      className="map-tooltip"
      data-testid="parcel-tooltip"
      style={{ transform: `translate(${hover.x + 14}px, ${hover.y + 14}px)` }}
    >
      <strong>{String(p.code ?? '')}</strong>
      <div>
        {t('tooltip.state')}: {stateLabel}
      </div>
      <div>
        {t('tooltip.area')}: {formatArea(typeof p.areaM2 === 'number' ? p.areaM2 : null, lang)}
      </div>
    </div>
  );
}
