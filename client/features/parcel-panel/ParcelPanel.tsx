import { useTranslation } from 'react-i18next';
import { parcelDossierUrl } from '../../api/exports.ts';
import { useParcel } from '../../api/hooks.ts';
import { useAppState } from '../../state/app-store.ts';
import { WriteGate } from '../auth/WriteGate.tsx';
import { DetailsState } from '../details/DetailsState.tsx';
import { GeometryTools } from '../geometry-edit/GeometryTools.tsx';
import { EntityHistory } from '../history/EntityHistory.tsx';
import { ProposedFor } from '../land-balance/ProposedFor.tsx';
import { useCanEdit } from '../project-form/use-can-edit.ts';
import { ReportLink } from '../reports/ReportLink.tsx';
import { ContractClock } from './ContractClock.tsx';
import { GrantConditions } from './GrantConditions.tsx';
import { IdleCountdown } from './IdleCountdown.tsx';
import { ParcelFacts } from './ParcelFacts.tsx';
import { ProjectCard } from './ProjectCard.tsx';
import { Readiness } from './Readiness.tsx';
import { RedevelopmentInfo } from './RedevelopmentInfo.tsx';
import { ParcelEditForm } from './record-edit/ParcelEditForm.tsx';
import { ParcelProjectLinker } from './record-edit/ParcelProjectLinker.tsx';
import { RetiredNotice, RetireParcel } from './record-edit/RetireParcel.tsx';
import { SiteEditForm } from './record-edit/SiteEditForm.tsx';
import { StateTimeline } from './StateTimeline.tsx';
import { StateChange } from './state-change/StateChange.tsx';

/** Details of the selected parcel. All user data is rendered as React text (never as HTML). */
export function ParcelPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  // The header's reference date (URL `ref`), so the countdown agrees with the 闲置预警 list and the dossier.
  const ref = useAppState((s) => s.refDate);
  const q = useParcel(id, ref);
  const editsPlatform = useCanEdit(q.data?.platformId ?? '');
  const canEdit = editsPlatform && !q.data?.retiredOn;
  if (!q.data) return <DetailsState query={q} notFound={t('parcel.notFound')} />;
  const p = q.data;
  return (
    <div className="details-body" data-testid="parcel-panel" data-parcel-id={p.id}>
      <h2 className="details-title">
        <span className="muted small">{t('parcel.title')}</span> {p.code}
      </h2>
      <ReportLink
        href={parcelDossierUrl(p.id, ref)}
        label={t('exports.parcelPdf')}
        testId="export-parcel-pdf"
      />
      <RetiredNotice parcel={p} />
      <ParcelFacts parcel={p} />
      <ProposedFor parcelId={p.id} />
      <IdleCountdown idle={p.idle} />
      <ContractClock parcel={p} />
      <GrantConditions parcel={p} />
      <Readiness parcel={p} />
      <section className="section">
        <h3>{t('parcel.projects')}</h3>
        {p.projects.length === 0 ? <p className="muted">{t('parcel.noProjects')}</p> : null}
        {p.projects.map((pr) => (
          <ProjectCard key={pr.id} project={pr} />
        ))}
        {canEdit ? <ParcelProjectLinker parcel={p} /> : null}
      </section>
      {p.redevelopment ? <RedevelopmentInfo site={p.redevelopment} /> : null}
      {p.redevelopment && canEdit ? <SiteEditForm siteId={p.redevelopment.id} /> : null}
      {/* Also on a retired parcel: a split or merge just committed shows its result (the new parcels) here. */}
      {editsPlatform ? <GeometryTools key={`geometry-${p.id}`} parcel={p} /> : null}
      {canEdit ? <ParcelEditForm key={p.id} parcel={p} onReload={() => void q.refetch()} /> : null}
      {canEdit ? <RetireParcel key={`retire-${p.id}`} parcel={p} onReload={() => void q.refetch()} /> : null}
      {p.retiredOn ? null : (
        // A retired parcel is history: no state change (the server refuses one too).
        <WriteGate platformId={p.platformId} title={t('stateChange.title')}>
          {(recordedBy) => (
            <StateChange
              key={p.id}
              parcel={p}
              panelRef={ref}
              recordedBy={recordedBy}
              onReload={() => void q.refetch()}
            />
          )}
        </WriteGate>
      )}
      <StateTimeline events={p.events} />
      <EntityHistory
        entity="parcel"
        id={p.id}
        version={p.version}
        platformId={p.platformId}
        events={p.events}
        parcel={{ code: p.code, retired: p.retiredOn !== null, origin: p.origin }}
      />
    </div>
  );
}
