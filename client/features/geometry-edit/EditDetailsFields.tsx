import { NOTE_MAX } from '../../../domain/limits.ts';
import type { EditDetails } from './edit-choices.ts';
import { useGeomText } from './use-geom-text.ts';

interface Props {
  value: EditDetails;
  /** Latest date allowed (today in Beijing) and earliest (the parcel's state date, when known), ISO. */
  max: string;
  min?: string | null;
  /** Prefix of the fields' test ids (`split`, `merge`). */
  testId: string;
  onChange: (next: EditDetails) => void;
}

/** The date the split or merge takes effect (the new parcels' opening events carry it) and a note. */
export function EditDetailsFields({ value, max, min, testId, onChange }: Props) {
  const tg = useGeomText();
  return (
    <>
      <label className="field">
        <span>{tg('editDate')}</span>
        <input
          type="date"
          data-testid={`${testId}-date`}
          value={value.date}
          min={min ?? undefined}
          max={max}
          required
          onChange={(e) => onChange({ ...value, date: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{tg('editNote')}</span>
        <textarea
          data-testid={`${testId}-note`}
          value={value.note}
          maxLength={NOTE_MAX}
          placeholder={tg('editNotePlaceholder')}
          onChange={(e) => onChange({ ...value, note: e.target.value })}
        />
      </label>
    </>
  );
}
