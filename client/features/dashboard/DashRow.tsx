import type { ReactNode } from 'react';

/** One clickable row of a dashboard list (`<ul className="dash-list">`): the whole row is the button. */
export function DashRow(p: {
  testId: string;
  onSelect: () => void;
  title?: string;
  /** Exposed as `data-status` for styling and tests. */
  status?: string;
  children: ReactNode;
}) {
  return (
    <li>
      <button
        type="button"
        className="dash-row"
        data-testid={p.testId}
        data-status={p.status}
        title={p.title}
        onClick={p.onSelect}
      >
        {p.children}
      </button>
    </li>
  );
}
