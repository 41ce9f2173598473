import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../../domain/roles.ts';
import { useMe } from '../../api/auth.ts';
import {
  type CommitMode,
  type ImportSummary,
  useCommitImport,
  useImportFeatures,
  useRevertImport,
  useStageImport,
} from '../../api/imports.ts';
import { MapView } from '../../map/MapView.tsx';
import { SignInDialog } from '../auth/SignInDialog.tsx';
import { UserMenu } from '../auth/UserMenu.tsx';
import { LanguageToggle } from '../language/LanguageToggle.tsx';
import { MapLayers } from '../map-layers/MapLayers.tsx';
import type { ImportKind } from './field-lists.ts';
import { ImportPreviewLayers } from './ImportPreviewLayers.tsx';
import { type MappingChoice, MappingStep } from './MappingStep.tsx';
import { ReportStep } from './ReportStep.tsx';
import { UploadStep } from './UploadStep.tsx';
import './import.css';

type Step = 'upload' | 'mapping' | 'report' | 'done';
type Done = { counts: Record<string, number>; reverted: boolean };

/**
 * /import (editors): upload → detected CRS (override) and field mapping → dry-run report with the staged parcels
 * previewed on the map over the existing ones → commit (and revert). Each check stages a new dry run; only the
 * commit writes.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data?.user ?? null;
  const [step, setStep] = useState<Step>('upload');
  const [kind, setKind] = useState<ImportKind>('parcels');
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const stage = useStageImport();
  const commit = useCommitImport();
  const revert = useRevertImport();
  const features = useImportFeatures(summary?.kind === 'parcels' && step !== 'done' ? summary.id : null);
  const search = window.location.search;

  const read = (k: ImportKind, f: File, choice?: MappingChoice) => {
    setKind(k);
    setFile(f);
    stage.mutate(
      {
        file: f,
        kind: k,
        ...(choice?.crs ? { crs: choice.crs } : {}),
        ...(choice ? { mapping: choice.mapping } : {}),
      },
      {
        onSuccess: (s) => {
          setSummary(s);
          setStep(choice ? 'report' : 'mapping');
        },
      },
    );
  };
  const doCommit = (mode: CommitMode, exclude: number[]) =>
    summary &&
    commit.mutate(
      { id: summary.id, mode, exclude },
      {
        onSuccess: (s) => {
          setDone({ counts: s.commit?.counts ?? {}, reverted: false });
          setStep('done');
        },
      },
    );
  const allowed = user != null && canWrite(user.role);
  return (
    <div className="import-page" data-testid="import-page">
      <header className="app-header">
        <h1>{t('import.title')}</h1>
        <a href={`/${search}`} className="import-back" data-testid="import-back">
          {t('import.backToMap')}
        </a>
        <span className="spacer" />
        <LanguageToggle />
        <UserMenu />
      </header>
      <div className="import-body">
        <aside className="import-panel">
          <ol className="import-steps">
            {(['upload', 'mapping', 'report', 'done'] as const).map((s) => (
              <li key={s} aria-current={s === step ? 'step' : undefined}>
                {t(`import.steps.${s}`)}
              </li>
            ))}
          </ol>
          {!me.data ? null : !allowed ? (
            <p className="muted">{t('import.onlyEditors')}</p>
          ) : (
            <>
              {stage.error ? (
                <p className="form-error" role="alert" data-testid="import-error">
                  {stage.error.message}
                </p>
              ) : null}
              {step === 'upload' ? <UploadStep busy={stage.isPending} onRead={(k, f) => read(k, f)} /> : null}
              {step === 'mapping' && summary && file ? (
                <MappingStep
                  key={summary.id}
                  summary={summary}
                  kind={kind}
                  busy={stage.isPending}
                  onCheck={(choice) => read(kind, file, choice)}
                />
              ) : null}
              {step === 'report' && summary ? (
                <>
                  <button type="button" className="btn-link" onClick={() => setStep('mapping')}>
                    ← {t('import.steps.mapping')}
                  </button>
                  <ReportStep
                    key={summary.id}
                    summary={summary}
                    busy={commit.isPending}
                    error={commit.error?.message ?? null}
                    onCommit={doCommit}
                  />
                </>
              ) : null}
              {step === 'done' && summary && done ? (
                <DoneStep
                  done={done}
                  busy={revert.isPending}
                  error={revert.error?.message ?? null}
                  onRevert={() =>
                    revert.mutate(summary.id, { onSuccess: () => setDone({ ...done, reverted: true }) })
                  }
                  onAgain={() => {
                    setStep('upload');
                    setSummary(null);
                    setDone(null);
                  }}
                />
              ) : null}
            </>
          )}
        </aside>
        <main className="map-area">
          <MapView>
            <MapLayers />
            <ImportPreviewLayers data={features.data} />
          </MapView>
        </main>
      </div>
      <SignInDialog />
    </div>
  );
}

/** Step 4: what the commit did, and its revert. */
function DoneStep(p: {
  done: Done;
  busy: boolean;
  error: string | null;
  onRevert: () => void;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const c = p.done.counts;
  return (
    <div className="import-step" data-testid="import-done">
      <p className="form-ok" data-testid="import-result">
        {p.done.reverted
          ? t('import.reverted')
          : t('import.committed', {
              inserted: c.inserted,
              updated: c.updated,
              skipped: c.skipped,
              excluded: c.excluded,
            })}
      </p>
      {p.error ? (
        <p className="form-error" role="alert">
          {p.error}
        </p>
      ) : null}
      {!p.done.reverted ? (
        <button
          type="button"
          className="btn"
          disabled={p.busy}
          onClick={p.onRevert}
          data-testid="import-revert"
        >
          {t('import.revert')}
        </button>
      ) : null}
      <button type="button" className="btn-link" onClick={p.onAgain}>
        {t('import.again')}
      </button>
    </div>
  );
}
