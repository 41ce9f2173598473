import { useMemo } from 'react';
import { usePlatforms } from '../../api/hooks.ts';
import { useLang } from './use-lang.ts';

/** Platform id → name in the UI language (empty until the platforms have loaded). */
export function usePlatformNames(): ReadonlyMap<string, string> {
  const lang = useLang();
  const platforms = usePlatforms();
  return useMemo(
    () => new Map((platforms.data ?? []).map((p) => [p.id, lang === 'en' ? p.nameEn : p.nameZh])),
    [platforms.data, lang],
  );
}
