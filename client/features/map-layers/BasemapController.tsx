import { useCallback, useState } from 'react';
import { useConfig } from '../../api/hooks.ts';
import { useBasemap } from '../../map/use-basemap.ts';
import { update, useAppState } from '../../state/app-store.ts';
import type { BasemapId } from '../../state/url-state.ts';
import { BasemapNotice } from './BasemapNotice.tsx';

/**
 * Draws the chosen online basemap; when its tiles cannot be loaded, switches the choice back to the offline
 * basemap (so the 底图 control shows what is really drawn) and shows a notice naming the one that failed.
 */
export function BasemapController() {
  const config = useConfig();
  const basemap = useAppState((s) => s.basemap);
  const lang = useAppState((s) => s.lang);
  const [failed, setFailed] = useState<BasemapId | null>(null);
  const onFail = useCallback((id: BasemapId) => {
    setFailed(id);
    update({ basemap: 'offline' });
  }, []);
  // Online basemaps only once the config (and its 天地图 key) is known, so the key is never guessed.
  useBasemap(config.data ? basemap : 'offline', config.data?.tiandituKey ?? null, lang, onFail);
  return failed ? <BasemapNotice failed={failed} onDismiss={() => setFailed(null)} /> : null;
}
