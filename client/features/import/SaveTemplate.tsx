import './i18n.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveTemplate } from '../../api/imports.ts';

/** Saves the mapping of import `importId` under a name, offered on the next import with the same fields. */
export function SaveTemplate({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const save = useSaveTemplate();
  const [name, setName] = useState('');
  return (
    <form
      className="import-field"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) save.mutate({ id: importId, name: name.trim() });
      }}
    >
      <label className="import-field">
        {t('import.templateName')}
        <input
          value={name}
          maxLength={60}
          data-testid="template-name"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button
        type="submit"
        className="btn"
        disabled={!name.trim() || save.isPending}
        data-testid="template-save"
      >
        {t('import.saveTemplate')}
      </button>
      {save.data ? (
        <p className="form-ok" data-testid="template-saved">
          {t('import.templateSaved', { name: save.data.name })}
        </p>
      ) : null}
      {save.error ? (
        <p className="form-error" role="alert">
          {save.error.message}
        </p>
      ) : null}
    </form>
  );
}
