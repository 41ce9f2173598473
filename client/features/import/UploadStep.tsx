import './i18n.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatforms } from '../../api/hooks.ts';
import { IMPORT_KINDS, type ImportKind } from './field-lists.ts';

/** Step 1: what to import and the file; a zone without platforms starts with platforms (and says so). */
export function UploadStep({
  busy,
  onRead,
}: {
  busy: boolean;
  onRead: (kind: ImportKind, file: File) => void;
}) {
  const { t } = useTranslation();
  const platforms = usePlatforms();
  const emptyZone = platforms.data?.length === 0;
  const [chosen, setKind] = useState<ImportKind | null>(null);
  const kind = chosen ?? (emptyZone ? 'platforms' : 'parcels');
  const [file, setFile] = useState<File | null>(null);
  return (
    <form
      className="import-step"
      onSubmit={(e) => {
        e.preventDefault();
        if (file) onRead(kind, file);
      }}
    >
      {emptyZone ? (
        <p className="import-note" data-testid="import-empty-zone">
          {t('import.emptyZone')}
        </p>
      ) : null}
      <fieldset>
        <legend>{t('import.kind')}</legend>
        {IMPORT_KINDS.map((k) => (
          <label key={k} className="import-radio">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={kind === k}
              data-testid={`import-kind-${k}`}
              onChange={() => setKind(k)}
            />{' '}
            {t(`import.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <label className="import-field">
        {t('import.file')}
        <input
          type="file"
          data-testid="import-file"
          accept=".zip,.txt,.kml,.kmz,.geojson,.json,.gpkg,.csv,.xlsx"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <button type="submit" className="btn btn-primary" disabled={!file || busy} data-testid="import-read">
        {busy ? t('import.reading') : t('import.read')}
      </button>
    </form>
  );
}
