import './i18n.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format.ts';
import { formatLength } from '../../../domain/measure/format-measure.ts';
import { type Orientation, type Paper, PRINT_SCALES, printExtent } from '../../../domain/print/print-page.ts';
import { printMapUrl } from '../../api/parcel-table.ts';
import { useMap } from '../../map/map-context.ts';
import { getAppState } from '../../state/app-store.ts';
import { useSelectionQuery } from '../attribute-table/use-selection-query.ts';
import { Modal } from '../auth/Modal.tsx';
import { useLang } from '../language/use-lang.ts';
import { useZoneName } from '../settings/use-zone-name.ts';

/** The print button on the map and its dialog: paper, orientation, scale and title → a PDF at that scale. */
export function PrintButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="map-tool-btn"
        title={t('print.title')}
        data-testid="print-open"
        onClick={() => setOpen(true)}
      >
        {t('print.open')}
      </button>
      {open ? <PrintDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function PrintDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const map = useMap();
  const selection = useSelectionQuery();
  const [paper, setPaper] = useState<Paper>('a4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [scale, setScale] = useState<number>(10_000);
  const zone = useZoneName();
  const [title, setTitle] = useState(t('print.defaultTitle', { zone }));
  const c = map?.getCenter();
  const center: [number, number] = c ? [c.lng, c.lat] : [114.25, 23.02];
  const extent = printExtent(paper, orientation, scale, center);
  const url = printMapUrl(
    { paper, orientation, scale, center, title, theme: getAppState().theme, lang },
    selection,
  );
  return (
    <Modal title={t('print.title')} onClose={onClose} testId="print-dialog">
      <form className="print-form" method="dialog" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('print.paper')}{' '}
          <select value={paper} data-testid="print-paper" onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="a4">A4</option>
            <option value="a3">A3</option>
          </select>
        </label>
        <label>
          {t('print.orientation')}{' '}
          <select
            value={orientation}
            data-testid="print-orientation"
            onChange={(e) => setOrientation(e.target.value as Orientation)}
          >
            <option value="landscape">{t('print.landscape')}</option>
            <option value="portrait">{t('print.portrait')}</option>
          </select>
        </label>
        <label>
          {t('print.scale')}{' '}
          <select value={scale} data-testid="print-scale" onChange={(e) => setScale(Number(e.target.value))}>
            {PRINT_SCALES.map((s) => (
              <option key={s} value={s}>
                1:{formatNumber(s, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('print.mapTitle')}{' '}
          <input
            value={title}
            maxLength={80}
            data-testid="print-title"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <p className="print-note">{t('print.centreNote')}</p>
        <p className="print-note" data-testid="print-extent">
          {t('print.extent', { w: formatLength(extent.widthM, lang), h: formatLength(extent.heightM, lang) })}
        </p>
        <div className="print-actions">
          <a className="btn btn-primary" href={url} download data-testid="print-download">
            {t('print.download')}
          </a>
          <button type="button" className="btn" onClick={onClose}>
            {t('print.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
