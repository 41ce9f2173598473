import type { ReactNode } from 'react';
import { formatArea } from '../../../domain/format.ts';
import type { CarryOverPlan } from '../../../domain/parcel-edit/carry-over-plan.ts';
import { useLang } from '../language/use-lang.ts';
import { PIECE_COLORS } from './GeometryEditLayer.tsx';
import { previewRows } from './split-preview.ts';
import { useGeomText } from './use-geom-text.ts';

/**
 * A split's or merge's plan as the editor confirms it: each new parcel's code and area (㎡ and 亩) with its colour
 * on the map, their total beside `compare` (the old parcels' area), and the carry-over rules as the server words
 * them in the UI language.
 */
export function PlanView({
  plan,
  title,
  compare,
  testId,
}: {
  plan: CarryOverPlan;
  title: string;
  compare: ReactNode;
  testId: string;
}) {
  const tg = useGeomText();
  const lang = useLang();
  const rows = previewRows(plan, lang);
  return (
    <div data-testid={testId}>
      <h4>{title}</h4>
      <ul className="split-parts">
        {rows.parts.map((p, i) => (
          <li key={p.code} data-testid={`${testId}-part`} data-code={p.code} data-area-m2={p.areaM2}>
            <span className="split-swatch" style={{ background: PIECE_COLORS[i % PIECE_COLORS.length] }} />
            <strong>{p.code}</strong> {formatArea(p.areaM2, lang)}
          </li>
        ))}
      </ul>
      <p className="muted small" data-testid={`${testId}-total`}>
        {tg('partsTotal', { area: formatArea(rows.totalM2, lang) })} · {compare}
      </p>
      <h4>{tg('rules')}</h4>
      <ul className="split-rules">
        {rows.rules.map((r) => (
          <li key={`${r.topic}:${r.text}`} data-testid={`${testId}-rule`} data-topic={r.topic}>
            {r.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
