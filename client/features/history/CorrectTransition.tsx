import { useId, useState } from 'react';
import { useCorrectTransition } from '../../api/record-edits.ts';
import { EditError } from '../project-form/EditError.tsx';
import { useCorrectionText } from './correction-text.ts';

/**
 * 更正 of a parcel's latest state change from its history: a button that opens the explanation (a correction of
 * a data-entry mistake, not the undoing of a grant) and a required reason, then POSTs the correction with
 * If-Match of the parcel's `version`.
 */
export function CorrectTransition({
  id,
  version,
  auditId,
}: {
  id: string;
  version: number;
  auditId: number;
}) {
  const tc = useCorrectionText();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const correct = useCorrectTransition();
  const reasonId = useId();
  if (!open) {
    return (
      <button
        type="button"
        className="btn-link small"
        data-testid={`history-correct-${auditId}`}
        onClick={() => setOpen(true)}
      >
        {tc.button}
      </button>
    );
  }
  return (
    <div className="history-correct" data-testid="history-correct-form">
      <p className="small">{tc.explain}</p>
      <label htmlFor={reasonId} className="small">
        {tc.reason}
      </label>
      <textarea
        id={reasonId}
        data-testid="history-correct-reason"
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button
        type="button"
        className="btn small"
        data-testid="history-correct-confirm"
        disabled={reason.trim() === '' || correct.isPending}
        onClick={() => correct.mutate({ id, version, auditId, reason }, { onSuccess: () => setOpen(false) })}
      >
        {tc.confirm}
      </button>{' '}
      <button type="button" className="btn-link small" onClick={() => setOpen(false)}>
        {tc.cancel}
      </button>
      {correct.error ? <EditError error={correct.error} onReload={() => correct.reset()} /> : null}
    </div>
  );
}
