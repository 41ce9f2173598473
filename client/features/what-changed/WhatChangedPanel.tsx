import { useState } from 'react';
import { addDays, compareIso, isIsoDate } from '../../../domain/dates.ts';
import type { LandState, ProjectStage } from '../../../domain/enums.ts';
import { formatMu, formatNumber, labelOf } from '../../../domain/format.ts';
import { changesXlsxUrl, useChanges } from '../../api/changes.ts';
import { useConfig } from '../../api/hooks.ts';
import { openProject, selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { useEditText } from '../project-form/use-edit-text.ts';
import './what-changed.css';

/**
 * 变化 / What changed: for two dates (default the year up to the data's as-of date), the parcels whose land state
 * changed — or that split / merge created or retired — the land granted, and the projects whose stage moved, from
 * GET /api/changes. A row selects its parcel (framed on the map) or opens its project; the same lists download
 * as XLSX.
 */
export function WhatChangedPanel() {
  const te = useEditText();
  const asOf = useConfig().data?.asOf ?? null;
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const d2 = to ?? asOf;
  const d1 = from ?? (asOf ? addDays(asOf, -365) : null);
  const bad = d1 != null && d2 != null && compareIso(d1, d2) > 0;
  const q = useChanges(d1, d2);
  return (
    <div className="what-changed" data-testid="what-changed">
      <h3>{te('changes.title')}</h3>
      <div className="edit-inline">
        <label>
          {te('changes.from')}{' '}
          <input
            type="date"
            data-testid="changes-from"
            value={d1 ?? ''}
            onChange={(e) => isIsoDate(e.target.value) && setFrom(e.target.value)}
          />
        </label>
        <label>
          {te('changes.to')}{' '}
          <input
            type="date"
            data-testid="changes-to"
            value={d2 ?? ''}
            onChange={(e) => isIsoDate(e.target.value) && setTo(e.target.value)}
          />
        </label>
        {d1 && d2 && !bad ? (
          <a className="btn btn-small" data-testid="changes-xlsx" href={changesXlsxUrl(d1, d2)} download>
            {te('changes.xlsx')}
          </a>
        ) : null}
      </div>
      {bad ? <p className="field-error">{te('changes.badRange')}</p> : null}
      {q.data && !bad ? <ChangeTables data={q.data} /> : null}
    </div>
  );
}

type Changes = NonNullable<ReturnType<typeof useChanges>['data']>;

function ChangeTables({ data }: { data: Changes }) {
  const te = useEditText();
  const lang = useLang();
  const state = (s: string | null) => (s ? labelOf('landState', s as LandState, lang) : te('changes.none'));
  const stage = (s: string | null) =>
    s ? labelOf('projectStage', s as ProjectStage, lang) : te('changes.none');
  const grantedN = data.parcels.filter((p) => p.granted).length;
  return (
    <>
      <p className="changes-granted" data-testid="changes-granted" data-mu={data.grantedMu}>
        {te('changes.granted', { mu: formatMu(data.grantedMu, lang), n: formatNumber(grantedN, lang) })}
      </p>
      <h4>{te('changes.parcels', { n: formatNumber(data.parcels.length, lang) })}</h4>
      <table className="changes-table" data-testid="changes-parcels">
        <thead>
          <tr>
            <th>{te('changes.code')}</th>
            <th>{te('changes.change')}</th>
            <th className="num">{te('changes.area')}</th>
            <th>{te('changes.grantedCol')}</th>
          </tr>
        </thead>
        <tbody>
          {data.parcels.map((p) => (
            <tr
              key={p.id}
              data-testid="changes-parcel-row"
              data-code={p.code}
              onClick={() => selectParcel(p.id, true)}
            >
              <td>
                <button type="button" className="link">
                  {p.code}
                </button>
              </td>
              <td>
                {te(`changes.kind_${p.kind}`)}: {state(p.before)} → {state(p.after)}
              </td>
              <td className="num">{formatMu(p.areaMu, lang)}</td>
              <td>{p.granted ? te('changes.yes') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{te('changes.projects', { n: formatNumber(data.projects.length, lang) })}</h4>
      <table className="changes-table" data-testid="changes-projects">
        <tbody>
          {data.projects.map((p) => (
            <tr key={p.id} data-testid="changes-project-row" onClick={() => openProject(p.id)}>
              <td>
                <button type="button" className="link">
                  {p.name}
                </button>
              </td>
              <td>
                {te(`changes.pkind_${p.kind}`)}: {stage(p.before)} → {stage(p.after)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
