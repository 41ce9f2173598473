import './i18n.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CommitMode, type ImportSummary, problemsXlsxUrl } from '../../api/imports.ts';

/** Problems listed on screen; the XLSX has them all. */
const SHOWN = 200;

/**
 * Step 3: the dry run's counts and problems (with the XLSX report), for a ledger which rows are new and which
 * update a project, then the commit: mode, and the records with blocking problems excluded or not.
 */
export function ReportStep({
  summary,
  busy,
  error,
  onCommit,
}: {
  summary: ImportSummary;
  busy: boolean;
  error: string | null;
  onCommit: (mode: CommitMode, exclude: number[]) => void;
}) {
  const { t } = useTranslation();
  const blocking = summary.blockingRecords;
  const [exclude, setExclude] = useState(false);
  const [mode, setMode] = useState<CommitMode>('upsert');
  const canCommit = blocking.length === 0 || exclude;
  return (
    <div className="import-step" data-testid="import-report">
      <p data-testid="import-counts">
        {t('import.records', { n: summary.count })} · {t('import.newCount', { n: summary.newCount })} ·{' '}
        {t('import.updateCount', { n: summary.updateCount })} ·{' '}
        <span className={blocking.length ? 'import-bad' : ''}>
          {t('import.blockingCount', { n: blocking.length })}
        </span>
      </p>
      {summary.kind === 'parcels' ? (
        <p className="muted small">{t('import.preview')}</p>
      ) : (
        <RecordPlans summary={summary} />
      )}
      <ProblemList summary={summary} />
      <a href={problemsXlsxUrl(summary.id)} download data-testid="import-xlsx">
        {t('import.download')}
      </a>
      {blocking.length > 0 ? (
        <label className="import-radio">
          <input
            type="checkbox"
            checked={exclude}
            data-testid="import-exclude"
            onChange={(e) => setExclude(e.target.checked)}
          />{' '}
          {t('import.excludeBlocking', { records: blocking.join(', ') })}
        </label>
      ) : null}
      <ModeSelect mode={mode} onChange={setMode} />
      {!canCommit ? <p className="import-bad">{t('import.blocked')}</p> : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn-primary"
        disabled={!canCommit || busy}
        data-testid="import-commit"
        onClick={() => onCommit(mode, exclude ? blocking : [])}
      >
        {busy ? t('import.committing') : t('import.commit')}
      </button>
    </div>
  );
}

/** The dry run's problems: counts by code and the first SHOWN rows (the XLSX has them all). */
function ProblemList({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('import.problems')}</h3>
      {summary.problems.length === 0 ? (
        <p>{t('import.noProblems')}</p>
      ) : (
        <>
          <p className="small">
            {Object.entries(summary.problemCounts)
              .map(([code, n]) => `${code} × ${n}`)
              .join(' · ')}
          </p>
          <div className="import-scroll">
            <table className="import-table" data-testid="import-problems">
              <thead>
                <tr>
                  <th>{t('import.col.record')}</th>
                  <th>{t('import.col.problem')}</th>
                  <th>{t('import.col.blocking')}</th>
                  <th>{t('import.col.message')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.problems.slice(0, SHOWN).map((p) => (
                  <tr key={`${p.record}-${p.code}-${p.message}`} className={p.blocking ? 'import-bad' : ''}>
                    <td>{p.record ?? '—'}</td>
                    <td>{p.code}</td>
                    <td>{p.blocking ? t('import.yes') : t('import.no')}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/** The commit mode: insert new records only, update existing ones only, or both. */
function ModeSelect({ mode, onChange }: { mode: CommitMode; onChange: (m: CommitMode) => void }) {
  const { t } = useTranslation();
  return (
    <label className="import-field">
      {t('import.mode')}
      <select value={mode} data-testid="import-mode" onChange={(e) => onChange(e.target.value as CommitMode)}>
        {(['upsert', 'insert', 'update'] as const).map((m) => (
          <option key={m} value={m}>
            {t(`import.modes.${m}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** For a ledger: each row, whether it creates or updates a project, and the enterprise's projects. */
function RecordPlans({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  return (
    <table className="import-table" data-testid="import-plans">
      <thead>
        <tr>
          <th>{t('import.col.record')}</th>
          <th>{t('import.col.key')}</th>
          <th>{t('import.col.action')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.records.map((r) => (
          <tr key={r.record} className={r.blocking ? 'import-bad' : ''}>
            <td>{r.record}</td>
            <td>{r.key ?? '—'}</td>
            <td>
              {t(`import.action.${r.action}`)}
              {r.enterpriseProjects?.length ? (
                <span className="muted small">
                  {' '}
                  · {t('import.enterpriseKnown', { ids: r.enterpriseProjects.join(', ') })}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
