import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { needsReload, transitionErrorMessage } from './transition-error.ts';

/** The server's refusal in the UI language; after a version conflict, a button to reload the parcel. */
export function StateChangeError({ error, onReload }: { error: Error; onReload: () => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // The submit button sits below a long form: bring the refusal into view so it is not missed.
  useEffect(() => {
    if (error) box.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  const m = transitionErrorMessage(error);
  return (
    <div
      className="form-error"
      role="alert"
      data-testid="state-change-error"
      data-code={error instanceof ApiError ? error.code : undefined}
      ref={box}
    >
      <p>{m.key === 'stateChange.failed' ? t(m.key, { message: m.message }) : t(m.key)}</p>
      {needsReload(error) ? (
        <button type="button" className="btn" data-testid="state-change-reload" onClick={onReload}>
          {t('stateChange.reload')}
        </button>
      ) : null}
    </div>
  );
}
