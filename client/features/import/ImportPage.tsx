import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../../domain/roles.ts';
import { useMe } from '../../api/auth.ts';
import { useImportFeatures } from '../../api/imports.ts';
import { MapView } from '../../map/MapView.tsx';
import { SignInDialog } from '../auth/SignInDialog.tsx';
import { UserMenu } from '../auth/UserMenu.tsx';
import { LanguageToggle } from '../language/LanguageToggle.tsx';
import { MapLayers } from '../map-layers/MapLayers.tsx';
import { ZoneInitialView } from '../settings/ZoneInitialView.tsx';
import { hasGeometry } from './field-lists.ts';
import { ImportPreviewLayers } from './ImportPreviewLayers.tsx';
import { MappingStep } from './MappingStep.tsx';
import { ReportStep } from './ReportStep.tsx';
import { SaveTemplate } from './SaveTemplate.tsx';
import { UploadStep } from './UploadStep.tsx';
import { type Done, type ImportWizard, useImportWizard, WIZARD_STEPS } from './use-import-wizard.ts';
import './import.css';

/**
 * /import (editors): upload → detected CRS (override) and field mapping → dry-run report with the staged parcels
 * previewed on the map over the existing ones → commit (and revert). Each check stages a new dry run; only the
 * commit writes.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data?.user ?? null;
  const w = useImportWizard();
  const features = useImportFeatures(
    w.summary && hasGeometry(w.summary.kind) && w.step !== 'done' ? w.summary.id : null,
  );
  const allowed = user != null && canWrite(user.role);
  return (
    <div className="import-page" data-testid="import-page">
      <ImportHeader />
      <div className="import-body">
        <aside className="import-panel">
          <ol className="import-steps">
            {WIZARD_STEPS.map((s) => (
              <li key={s} aria-current={s === w.step ? 'step' : undefined}>
                {t(`import.steps.${s}`)}
              </li>
            ))}
          </ol>
          {!me.data ? null : !allowed ? (
            <p className="muted">{t('import.onlyEditors')}</p>
          ) : (
            <WizardSteps w={w} />
          )}
        </aside>
        <main className="map-area">
          <MapView>
            <MapLayers />
            <ZoneInitialView />
            <ImportPreviewLayers data={features.data} />
          </MapView>
        </main>
      </div>
      <SignInDialog />
    </div>
  );
}

/** The page header: title, back to the map (same view), language and account. */
function ImportHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1>{t('import.title')}</h1>
      <a href={`/${window.location.search}`} className="import-back" data-testid="import-back">
        {t('import.backToMap')}
      </a>
      <span className="spacer" />
      <LanguageToggle />
      <UserMenu />
    </header>
  );
}

/** The current step's form, and the staging error if the last check failed. */
function WizardSteps({ w }: { w: ImportWizard }) {
  const { t } = useTranslation();
  const { step, summary, file, done } = w;
  return (
    <>
      {w.stage.error ? (
        <p className="form-error" role="alert" data-testid="import-error">
          {w.stage.error.message}
        </p>
      ) : null}
      {step === 'upload' ? <UploadStep busy={w.stage.isPending} onRead={(k, f) => w.read(k, f)} /> : null}
      {step === 'mapping' && summary && file ? (
        <MappingStep
          key={summary.id}
          summary={summary}
          kind={w.kind}
          busy={w.stage.isPending}
          onCheck={(choice) => w.read(w.kind, file, choice)}
        />
      ) : null}
      {step === 'report' && summary ? (
        <>
          <button type="button" className="btn-link" onClick={() => w.setStep('mapping')}>
            ← {t('import.steps.mapping')}
          </button>
          <ReportStep
            key={summary.id}
            summary={summary}
            busy={w.commit.isPending}
            error={w.commit.error?.message ?? null}
            onCommit={w.doCommit}
          />
        </>
      ) : null}
      {step === 'done' && summary && done ? (
        <DoneStep
          importId={summary.id}
          done={done}
          busy={w.revert.isPending}
          error={w.revert.error?.message ?? null}
          onRevert={w.doRevert}
          onAgain={w.startAgain}
        />
      ) : null}
    </>
  );
}

/** Step 4: what the commit did, and its revert. */
function DoneStep(p: {
  importId: string;
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
      {!p.done.reverted ? <SaveTemplate importId={p.importId} /> : null}
      <button type="button" className="btn-link" onClick={p.onAgain}>
        {t('import.again')}
      </button>
    </div>
  );
}
