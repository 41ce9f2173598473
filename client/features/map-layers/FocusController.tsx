import { useEffect, useRef } from 'react';
import { useParcel, usePlatforms } from '../../api/hooks.ts';
import { flyToGeometry } from '../../map/fly-to-geometry.ts';
import { requestFocus, useFocusRequest } from '../../map/focus.ts';
import { useMap } from '../../map/map-context.ts';
import { getAppState, useAppState } from '../../state/app-store.ts';

// A link with a selected parcel but no saved view (v=) should show that parcel, not the whole zone.
const START = getAppState();

/** Flies the map to the latest focus request once the target's geometry has loaded (once per request). */
export function FocusController() {
  const map = useMap();
  const req = useFocusRequest();
  // Same reference date as the parcel panel, so both read one cached answer.
  const parcel = useParcel(
    req?.kind === 'parcel' ? req.id : null,
    useAppState((s) => s.refDate),
  );
  const platforms = usePlatforms();
  const done = useRef(0);

  useEffect(() => {
    if (START.selectedParcelId && !START.view) requestFocus('parcel', START.selectedParcelId);
  }, []);

  useEffect(() => {
    if (!map || !req || done.current === req.seq) return;
    if (req.kind === 'parcel' && parcel.data) {
      done.current = req.seq;
      flyToGeometry(map, parcel.data.geometry, 15.5);
    } else if (req.kind === 'platform' && platforms.data) {
      const p = platforms.data.find((x) => x.id === req.id);
      if (!p) return;
      done.current = req.seq;
      flyToGeometry(map, p.geometry, 15);
    }
  }, [map, req, parcel.data, platforms.data]);

  return null;
}
