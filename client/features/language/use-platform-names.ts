import { useCallback, useMemo } from 'react';
import { usePlatforms } from '../../api/hooks.ts';
import { useLang } from './use-lang.ts';

/** Platform id → name in the UI language (empty until the platforms have loaded); stable between renders. */
export function usePlatformNames(): ReadonlyMap<string, string> {
  const lang = useLang();
  const platforms = usePlatforms();
  return useMemo(
    () => new Map((platforms.data ?? []).map((p) => [p.id, lang === 'en' ? p.nameEn : p.nameZh])),
    [platforms.data, lang],
  );
}

/** A function naming a list of platform ids in the UI language (an id stands for itself until loaded). */
export function usePlatformNameList(): (ids: readonly string[]) => string {
  const lang = useLang();
  const names = usePlatformNames();
  return useCallback(
    (ids) => ids.map((id) => names.get(id) ?? id).join(lang === 'en' ? ', ' : '、'),
    [names, lang],
  );
}
