import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { TallyLine } from './platform-tallies.ts';

/** One row of a tally: a label (text, or text with a swatch) and two figures already formatted. */
export type TallyRow = Omit<TallyLine, 'label'> & { label: ReactNode };

/** A titled two-figure table (parcels by state, projects by stage or industry), with an optional total row. */
export function TallyTable(p: {
  title: string;
  testId: string;
  rows: TallyRow[];
  total?: Omit<TallyRow, 'key' | 'label'>;
}) {
  const { t } = useTranslation();
  return (
    <section className="section">
      <h3>{p.title}</h3>
      <table className="mini-table" data-testid={p.testId}>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.key}>
              <td>{r.label}</td>
              <td className="num">{r.count}</td>
              <td className="num">{r.amount}</td>
            </tr>
          ))}
          {p.total ? (
            <tr className="total">
              <td>{t('legend.total')}</td>
              <td className="num">{p.total.count}</td>
              <td className="num">{p.total.amount}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}
