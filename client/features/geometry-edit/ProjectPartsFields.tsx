import type { PartChoices } from './edit-choices.ts';
import { useGeomText } from './use-geom-text.ts';

/** A project linked to the parcel being split. */
export interface LinkedProject {
  id: string;
  name: string;
}

interface Props {
  projects: readonly LinkedProject[];
  /** The new parcels' codes, in the plan's order (index = part number the server takes). */
  partCodes: readonly string[];
  value: PartChoices;
  disabled?: boolean;
  onChange: (next: PartChoices) => void;
}

/**
 * One row per project linked to the parcel: which new parcel keeps the link. The rule is stated above the rows:
 * by default every part keeps every project (a split takes no land from its holder); the editor may give a
 * project one part instead (domain/parcel-edit/split-carry-over.ts).
 */
export function ProjectPartsFields({ projects, partCodes, value, disabled, onChange }: Props) {
  const tg = useGeomText();
  if (projects.length === 0) return null;
  return (
    <fieldset className="split-projects" data-testid="split-projects">
      <legend>{tg('projectPartsTitle')}</legend>
      <p className="muted small">{tg('projectPartsRule')}</p>
      {projects.map((p) => (
        <label key={p.id} className="field" data-testid="split-project" data-project-id={p.id}>
          <span>{p.name}</span>
          <select
            data-testid={`split-project-part-${p.id}`}
            value={String(value[p.id] ?? 'all')}
            disabled={disabled}
            onChange={(e) => {
              const v = e.target.value;
              onChange({ ...value, [p.id]: v === 'all' ? 'all' : Number(v) });
            }}
          >
            <option value="all">{tg('projectPartsAll')}</option>
            {partCodes.map((code, i) => (
              <option key={code} value={String(i)}>
                {tg('projectPartsOnly', { code })}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
