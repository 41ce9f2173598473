import { useEffect, useRef, useState } from 'react';
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

/** One bound of the range: a non-negative number in 亩; blur or Enter commits it at once. */
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

/** Typing pause after which the range applies (so "150" filters once, not by 1, then 15, then 150). */
const TYPING_DEBOUNCE_MS = 400;

/** Min/max area in 亩; applied while typing after a short pause, and at once on blur or Enter. */
export function AreaRangeInput({ min, max, onChange }: Props) {
  const { t } = useTranslation();
  const [lo, setLo] = useState(min == null ? '' : String(min));
  const [hi, setHi] = useState(max == null ? '' : String(max));
  // Follow outside changes (clear filters, chart clicks) without rewriting what is being typed ("1." stays).
  useEffect(() => setLo((v) => (parse(v) === min ? v : min == null ? '' : String(min))), [min]);
  useEffect(() => setHi((v) => (parse(v) === max ? v : max == null ? '' : String(max))), [max]);
  const apply = (loText: string, hiText: string, swap: boolean) => {
    const a = parse(loText);
    const b = parse(hiText);
    if (a != null && b != null && a > b) {
      // A reversed range is swapped rather than rejected: the intent is clear — but only once the user is done
      // (blur / Enter); mid-typing, "1" on the way to "150" above a min of 100 is not a reversed range.
      if (swap) onChange(b, a);
    } else if (a !== min || b !== max) onChange(a, b);
  };
  const applyRef = useRef(apply);
  applyRef.current = apply;
  useEffect(() => {
    const id = setTimeout(() => applyRef.current(lo, hi, false), TYPING_DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [lo, hi]);
  return (
    <fieldset className="field">
      <legend>{t('filters.area')}</legend>
      <div className="range">
        <MuInput
          label={t('filters.min')}
          testId="filter-min-mu"
          value={lo}
          onChange={setLo}
          onCommit={() => apply(lo, hi, true)}
        />
        <span>–</span>
        <MuInput
          label={t('filters.max')}
          testId="filter-max-mu"
          value={hi}
          onChange={setHi}
          onCommit={() => apply(lo, hi, true)}
        />
      </div>
    </fieldset>
  );
}
