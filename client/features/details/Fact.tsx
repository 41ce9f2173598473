import type { ReactNode } from 'react';

/** One labelled fact in a details list (a <dt>/<dd> pair). Values render as text. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}
