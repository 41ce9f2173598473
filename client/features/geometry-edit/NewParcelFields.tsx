import { LAND_STATE_ZH, LAND_USE_ZH, LAND_USES, type LandUse } from '../../../domain/enums.ts';
import { LAND_STATE_EN, LAND_USE_EN } from '../../../domain/labels-en.ts';
import { OPENING_STATES, type OpeningState } from '../../../domain/parcel-edit/opening-states.ts';
import type { AreaGeometry } from '../../../domain/schemas.ts';
import { useLang } from '../language/use-lang.ts';
import { useGeomText } from './use-geom-text.ts';

/** A platform the editor may draw on. */
export type Platform = { id: string; nameZh: string; nameEn: string; geometry: AreaGeometry };

/** The attributes of a drawn parcel as the form holds them; `code` null: the server's proposal. */
export interface NewParcelAttrs {
  platformId: string;
  code: string | null;
  landUse: LandUse;
  state: OpeningState;
  plotRatio: string;
}

interface Props {
  value: NewParcelAttrs;
  /** The code the server's preview proposes, shown until the editor types another. */
  proposedCode: string;
  platforms: readonly Platform[];
  onChange: (v: NewParcelAttrs) => void;
}

/** Platform, code, land use, opening state (with its rule) and maximum plot ratio of a drawn parcel. */
export function NewParcelFields({ value, proposedCode, platforms, onChange }: Props) {
  const tg = useGeomText();
  const lang = useLang();
  const set = (part: Partial<NewParcelAttrs>) => onChange({ ...value, ...part });
  return (
    <>
      <label className="field">
        <span>{tg('newParcelPlatform')}</span>
        <select
          data-testid="new-parcel-platform"
          value={value.platformId}
          onChange={(e) => set({ platformId: e.target.value })}
        >
          {platforms.map((p) => (
            <option key={p.id} value={p.id}>
              {lang === 'en' ? p.nameEn : p.nameZh}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{tg('newParcelCode')}</span>
        <input
          data-testid="new-parcel-code"
          value={value.code ?? proposedCode}
          onChange={(e) => set({ code: e.target.value.trim() || null })}
        />
      </label>
      <label className="field">
        <span>{tg('newParcelLandUse')}</span>
        <select
          data-testid="new-parcel-land-use"
          value={value.landUse}
          onChange={(e) => set({ landUse: e.target.value as LandUse })}
        >
          {LAND_USES.map((u) => (
            <option key={u} value={u}>
              {lang === 'en' ? LAND_USE_EN[u] : LAND_USE_ZH[u]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{tg('newParcelState')}</span>
        <select
          data-testid="new-parcel-state"
          value={value.state}
          onChange={(e) => set({ state: e.target.value as OpeningState })}
        >
          {OPENING_STATES.map((st) => (
            <option key={st} value={st}>
              {lang === 'en' ? LAND_STATE_EN[st] : LAND_STATE_ZH[st]}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">{tg('newParcelStateRule')}</p>
      <label className="field">
        <span>{tg('newParcelPlotRatio')}</span>
        <input
          type="number"
          min="0.1"
          max="20"
          step="0.1"
          data-testid="new-parcel-plot-ratio"
          value={value.plotRatio}
          onChange={(e) => set({ plotRatio: e.target.value })}
        />
      </label>
    </>
  );
}
