import './i18n.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.ts';
import { usePlatforms } from '../../api/hooks.ts';
import { useSaveSettings, useSettings, type ZoneSettingsWire } from '../../api/settings.ts';
import { SignInDialog } from '../auth/SignInDialog.tsx';
import { UserMenu } from '../auth/UserMenu.tsx';
import { LanguageToggle } from '../language/LanguageToggle.tsx';
import './settings.css';

/**
 * /settings (administrators): the zone's name, opening map view, towns, parcel code pattern and validity box.
 * On a zone without platforms it says what to do next (settings, then platforms, parcels, projects).
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const settings = useSettings();
  const platforms = usePlatforms();
  const isAdmin = me.data?.user?.role === 'admin';
  return (
    <div className="settings-page" data-testid="settings-page">
      <header className="app-header">
        <h1>{t('settings.title')}</h1>
        <a href={`/${window.location.search}`} className="settings-back" data-testid="settings-back">
          {t('settings.backToMap')}
        </a>
        <span className="spacer" />
        <LanguageToggle />
        <UserMenu />
      </header>
      <main className="settings-body">
        {platforms.data?.length === 0 ? (
          <p className="settings-note" data-testid="settings-empty-zone">
            {t('settings.emptyZone')} <a href="/import">{t('settings.toImport')}</a>
          </p>
        ) : null}
        {!me.data || !settings.data ? null : isAdmin ? (
          <SettingsForm initial={settings.data} />
        ) : (
          <p className="muted">{t('settings.onlyAdmins')}</p>
        )}
      </main>
      <SignInDialog />
    </div>
  );
}

const numbers = (s: string) =>
  s
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number);

/** The form; saving sends the whole settings object and shows the server's refusal (naming the field) if any. */
function SettingsForm({ initial }: { initial: ZoneSettingsWire }) {
  const { t } = useTranslation();
  const save = useSaveSettings();
  const [s, setS] = useState(initial);
  const [towns, setTowns] = useState(initial.towns.join('\n'));
  const [box, setBox] = useState(initial.validityBox.join(', '));
  const fixed = s.mapView.mode === 'fixed' ? s.mapView : null;
  const setView = (v: ZoneSettingsWire['mapView']) => setS({ ...s, mapView: v });
  const submit = () => {
    const list = towns
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
    const b = numbers(box) as ZoneSettingsWire['validityBox'];
    save.mutate({ ...s, towns: list, validityBox: b });
  };
  const text = (key: 'nameZh' | 'nameEn' | 'parcelCodePattern', hint?: string) => (
    <label>
      {t(key === 'parcelCodePattern' ? 'settings.codePattern' : `settings.${key}`)}
      <input
        value={s[key]}
        data-testid={`settings-${key}`}
        onChange={(e) => setS({ ...s, [key]: e.target.value })}
      />
      {hint ? <span className="muted small">{hint}</span> : null}
    </label>
  );
  return (
    <form
      className="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {text('nameZh')}
      {text('nameEn')}
      <fieldset>
        <legend>{t('settings.mapView')}</legend>
        <label className="settings-radio">
          <input
            type="radio"
            checked={!fixed}
            onChange={() => setView({ mode: 'fit' })}
            data-testid="settings-view-fit"
          />{' '}
          {t('settings.viewFit')}
        </label>
        <label className="settings-radio">
          <input
            type="radio"
            checked={fixed != null}
            data-testid="settings-view-fixed"
            onChange={() => setView({ mode: 'fixed', center: [113.3, 23.1], zoom: 11 })}
          />{' '}
          {t('settings.viewFixed')}
        </label>
        {fixed ? (
          <div className="settings-row">
            {(['centerLon', 'centerLat', 'zoom'] as const).map((k, i) => (
              <label key={k}>
                {t(`settings.${k}`)}
                <input
                  type="number"
                  step="any"
                  value={i < 2 ? fixed.center[i] : fixed.zoom}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    const center: [number, number] = [...fixed.center];
                    if (i < 2) center[i] = v;
                    setView({ mode: 'fixed', center, zoom: i === 2 ? v : fixed.zoom });
                  }}
                />
              </label>
            ))}
          </div>
        ) : null}
      </fieldset>
      <label>
        {t('settings.towns')}
        <textarea
          rows={4}
          value={towns}
          data-testid="settings-towns"
          onChange={(e) => setTowns(e.target.value)}
        />
      </label>
      {text('parcelCodePattern', t('settings.codePatternHint'))}
      <label>
        {t('settings.validityBox')}
        <input value={box} data-testid="settings-validityBox" onChange={(e) => setBox(e.target.value)} />
        <span className="muted small">{t('settings.validityHint')}</span>
      </label>
      {save.error ? (
        <p className="form-error" role="alert" data-testid="settings-error">
          {save.error.message}
        </p>
      ) : null}
      {save.isSuccess ? (
        <p className="form-ok" data-testid="settings-saved">
          {t('settings.saved')}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={save.isPending} data-testid="settings-save">
        {save.isPending ? t('settings.saving') : t('settings.save')}
      </button>
    </form>
  );
}
