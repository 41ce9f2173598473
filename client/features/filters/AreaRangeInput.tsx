import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  min: number | null;
  max: number | null;
  onChange: (min: number | null, max: number | null) => void;
}

const parse = (s: string): number | null => {
  const n = Number(s.trim());
  return s.trim() === '' || !Number.isFinite(n) || n < 0 ? null : n;
};

/** One bound of the range: a non-negative number in 亩 that commits on blur or Enter. */
function MuInput(p: {
  label: string;
  testId: string;
  value: string;
  onChange: (v: string) => void;
  onCommit: () => void;
}) {
  return (
    <input
      type="number"
      min={0}
      inputMode="decimal"
      placeholder={p.label}
      aria-label={p.label}
      data-testid={p.testId}
      value={p.value}
      onChange={(e) => p.onChange(e.target.value)}
      onBlur={p.onCommit}
      onKeyDown={(e) => e.key === 'Enter' && p.onCommit()}
    />
  );
}

/** Min/max area in 亩; applied on blur or Enter so typing "150" does not filter by 1, then 15. */
export function AreaRangeInput({ min, max, onChange }: Props) {
  const { t } = useTranslation();
  const [lo, setLo] = useState(min == null ? '' : String(min));
  const [hi, setHi] = useState(max == null ? '' : String(max));
  useEffect(() => setLo(min == null ? '' : String(min)), [min]);
  useEffect(() => setHi(max == null ? '' : String(max)), [max]);
  const apply = () => {
    const a = parse(lo);
    const b = parse(hi);
    // A reversed range is swapped rather than rejected: the intent is clear.
    if (a != null && b != null && a > b) onChange(b, a);
    else if (a !== min || b !== max) onChange(a, b);
  };
  return (
    <fieldset className="field">
      <legend>{t('filters.area')}</legend>
      <div className="range">
        <MuInput
          label={t('filters.min')}
          testId="filter-min-mu"
          value={lo}
          onChange={setLo}
          onCommit={apply}
        />
        <span>–</span>
        <MuInput
          label={t('filters.max')}
          testId="filter-max-mu"
          value={hi}
          onChange={setHi}
          onCommit={apply}
        />
      </div>
    </fieldset>
  );
}
