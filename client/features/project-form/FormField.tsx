import type { ReactNode } from 'react';

/** A labelled form control with the server's (or the form's) refusal of it shown underneath. */
export function FormField({
  label,
  error,
  children,
  field,
  hint,
}: {
  label: string;
  error: string | null;
  children: ReactNode;
  /** The body field it edits (data-field, so a test can find the message of a refused field). */
  field: string;
  hint?: string;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in, inside the label
    <label className={error ? 'field edit-field invalid' : 'field edit-field'} data-field={field}>
      <span>{label}</span>
      {children}
      {hint ? <small className="muted">{hint}</small> : null}
      {error ? (
        <small className="field-error" role="alert" data-testid="field-error" data-field={field}>
          {error}
        </small>
      ) : null}
    </label>
  );
}
