import { usePlatforms } from '../../api/hooks.ts';
import { useLang } from '../language/use-lang.ts';

/** A function naming platform ids in the UI language (the id itself until the platforms are loaded). */
export function usePlatformNames(): (ids: readonly string[]) => string {
  const lang = useLang();
  const platforms = usePlatforms();
  return (ids) =>
    ids
      .map((id) => {
        const p = platforms.data?.find((x) => x.id === id);
        return p ? (lang === 'en' ? p.nameEn : p.nameZh) : id;
      })
      .join(lang === 'en' ? ', ' : '、');
}
