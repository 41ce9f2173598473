import { editErrorView } from './edit-error.ts';
import { useEditText } from './use-edit-text.ts';

/**
 * The refusal of a record edit above the form's buttons: after a 412, who changed the record and a button to
 * reload it (the form then starts from the new version); a field refusal only points at the field, which shows
 * the message itself; anything else shows the server's message.
 */
export function EditError({ error, onReload }: { error: Error; onReload: () => void }) {
  const t = useEditText();
  const v = editErrorView(error);
  return (
    <div className="form-error" role="alert" data-testid="edit-error" data-kind={v.kind}>
      {v.kind === 'stale' ? (
        <>
          <p>
            {t('stale', {
              who: v.who.length ? v.who.join('、') : t('someone'),
              version: v.version,
            })}
          </p>
          <button type="button" className="btn" data-testid="edit-reload" onClick={onReload}>
            {t('reload')}
          </button>
        </>
      ) : v.kind === 'field' ? (
        <p>{t('fieldRefused')}</p>
      ) : (
        <p>{t('failed', { message: v.message })}</p>
      )}
    </div>
  );
}
