import type { ReactNode } from 'react';
import { useLayoutEffect, useRef } from 'react';
import { useMe } from '../api/auth.ts';
import { loadMainMap, mainMapContainer } from './main-map-host.ts';

interface Props {
  /** The map's layers and overlays (the lazy MapScene). */
  children?: ReactNode;
}

/**
 * Where the main map sits in the layout: puts the map's container (main-map-host.ts) first in `.map-wrap`, in
 * the same commit that removed the shell's copy of the layout, so the map never sees a 0 × 0 container. Once the
 * account is known (App shows the sign-in page instead when reading needs one), creates the map if the shell has
 * not yet, or lets it follow the layout's size.
 */
export function MainMapSlot({ children }: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  const accountKnown = !useMe().isPending;
  useLayoutEffect(() => {
    const c = mainMapContainer();
    if (wrap.current && wrap.current.firstChild !== c) wrap.current.prepend(c);
  }, []);
  useLayoutEffect(() => {
    if (!accountKnown) return;
    let live = true;
    void loadMainMap().then((m) => {
      if (live) m.mainMapAdopted(mainMapContainer());
    });
    return () => {
      live = false;
    };
  }, [accountKnown]);
  return (
    <div className="map-wrap" ref={wrap}>
      {children}
    </div>
  );
}
