/**
 * Where the English strings of record editing wait once loaded. They come with the shell's English strings
 * (client/i18n/en.ts, loaded by `loadLanguage` before the UI switches to English), so a Chinese visit does not
 * download them. A module of its own, importing nothing, so client/i18n can fill it without an import cycle
 * (use-edit-text → use-lang → app-store → url-state → client/i18n).
 */
import type { EditStrings } from './i18n-zh.ts';

let table: EditStrings | null = null;

/** Makes the English editing strings available (called by loadLanguage with en.ts's copy). */
export function setEditEn(t: EditStrings): void {
  table = t;
}

/** The English editing strings, or null before loadLanguage('en') (Chinese is then the fallback). */
export const editEnTable = (): EditStrings | null => table;
