import './i18n.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportSummary, useImportTemplates } from '../../api/imports.ts';
import { CRS_CHOICES, type ImportKind, MAPPABLE_FIELDS } from './field-lists.ts';

/** The parts of a saved template's mapping the form applies. */
type TemplateMapping = {
  fields?: Record<string, string>;
  values?: unknown;
  defaults?: { plotRatioMax?: number };
};

/** What the mapping step hands back: the CRS override and the mapping to send. */
export type MappingChoice = {
  crs: string;
  mapping: { fields: Record<string, string>; defaults: Record<string, unknown>; values?: unknown };
};

/**
 * Step 2: the detected CRS (with an override) and the field mapping — each of our fields fed by a field of the
 * file, pre-selected with what the server guessed; for parcels the default plot ratio for new parcels.
 */
export function MappingStep({
  summary,
  kind,
  busy,
  onCheck,
}: {
  summary: ImportSummary;
  kind: ImportKind;
  busy: boolean;
  onCheck: (choice: MappingChoice) => void;
}) {
  const { t } = useTranslation();
  const [crs, setCrs] = useState(summary.crs?.source === 'user' ? summary.crs.id : '');
  const [fields, setFields] = useState<Record<string, string>>(summary.mappedFields);
  const stored = (summary.mapping ?? {}) as { defaults?: { plotRatioMax?: number } };
  const [plotRatio, setPlotRatio] = useState(String(stored.defaults?.plotRatioMax ?? ''));
  const [values, setValues] = useState<unknown>((summary.mapping as { values?: unknown } | null)?.values);
  const submit = () => {
    const defaults: Record<string, unknown> = {};
    if (kind === 'parcels' && plotRatio.trim()) defaults.plotRatioMax = Number(plotRatio);
    const mapped = Object.fromEntries(Object.entries(fields).filter(([, v]) => v));
    onCheck({ crs: crs.trim(), mapping: { fields: mapped, defaults, ...(values ? { values } : {}) } });
  };
  const apply = (m: TemplateMapping) => {
    setFields(m.fields ?? {});
    setValues(m.values);
    if (m.defaults?.plotRatioMax != null) setPlotRatio(String(m.defaults.plotRatioMax));
  };
  return (
    <form
      className="import-step"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <CrsChoice summary={summary} kind={kind} crs={crs} onChange={setCrs} />
      <TemplateChoice importId={summary.id} onApply={apply} />
      <FieldTable summary={summary} kind={kind} fields={fields} onChange={setFields} />
      {kind === 'parcels' ? (
        <fieldset>
          <legend>{t('import.defaults')}</legend>
          <label className="import-field">
            {t('import.field.plotRatioMax')}
            <input
              type="number"
              step="0.1"
              min="0"
              value={plotRatio}
              data-testid="default-plotRatioMax"
              onChange={(e) => setPlotRatio(e.target.value)}
            />
          </label>
        </fieldset>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={busy} data-testid="import-check">
        {busy ? t('import.reading') : t('import.check')}
      </button>
    </form>
  );
}

/** The CRS the server detected, and the user's override (any EPSG:n of the catalogue, or GCJ02 / BD09). */
function CrsChoice(p: {
  summary: ImportSummary;
  kind: ImportKind;
  crs: string;
  onChange: (crs: string) => void;
}) {
  const { t } = useTranslation();
  const detected = p.summary.detectedCrs;
  return (
    <>
      <p data-testid="import-detected-crs">
        <strong>{t('import.detectedCrs')}：</strong>
        {detected ? `${detected.name} (${detected.id})` : t('import.noCrs')}
        {detected?.note ? <span className="muted small"> {detected.note}</span> : null}
      </p>
      {detected || p.kind === 'parcels' ? (
        <label className="import-field">
          {t('import.crsOverride')}
          <input
            list="import-crs-choices"
            value={p.crs}
            placeholder={t('import.crsHint')}
            data-testid="import-crs"
            onChange={(e) => p.onChange(e.target.value)}
          />
          <datalist id="import-crs-choices">
            {CRS_CHOICES.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
      ) : null}
    </>
  );
}

/** Our fields, each with the file's field that feeds it (none = not mapped). */
function FieldTable(p: {
  summary: ImportSummary;
  kind: ImportKind;
  fields: Record<string, string>;
  onChange: (update: (m: Record<string, string>) => Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('import.mapping')}</h3>
      <table className="import-table">
        <thead>
          <tr>
            <th>{t('import.ourField')}</th>
            <th>{t('import.sourceField')}</th>
          </tr>
        </thead>
        <tbody>
          {MAPPABLE_FIELDS[p.kind].map((f) => (
            <tr key={f}>
              <td>{t(`import.field.${f}`)}</td>
              <td>
                <select
                  value={p.fields[f] ?? ''}
                  data-testid={`map-${f}`}
                  onChange={(e) => p.onChange((m) => ({ ...m, [f]: e.target.value }))}
                >
                  <option value="">{t('import.notMapped')}</option>
                  {p.summary.fields.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Saved templates whose fields this file has; choosing one fills the mapping (fields, value tables, defaults). */
function TemplateChoice(p: { importId: string; onApply: (mapping: TemplateMapping) => void }) {
  const { t } = useTranslation();
  const templates = useImportTemplates(p.importId);
  if (!templates.data?.length) return null;
  return (
    <label className="import-field">
      {t('import.template')}
      <select
        defaultValue=""
        data-testid="import-template"
        onChange={(e) => {
          const chosen = templates.data.find((x) => String(x.id) === e.target.value);
          if (chosen) p.onApply(chosen.mapping as TemplateMapping);
        }}
      >
        <option value="">{t('import.templateNone')}</option>
        {templates.data.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </select>
    </label>
  );
}
