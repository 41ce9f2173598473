import { useSettings } from '../../api/settings.ts';
import { useLang } from '../language/use-lang.ts';

/** The zone's name in the current language (zone settings), '' until the settings are loaded. */
export function useZoneName(): string {
  const settings = useSettings();
  const lang = useLang();
  if (!settings.data) return '';
  return lang === 'en' ? settings.data.nameEn : settings.data.nameZh;
}
