/**
 * Type-checked translation keys: `t('…')` accepts only keys of the Chinese resources (the default language: the
 * shell's and the lazily loaded features', client/i18n/resources.ts), so a missing or misspelt key fails `tsc`.
 * The English tables are typed by the Chinese ones (`Resources` in en.ts, `…Strings` in each feature), so they
 * must have exactly the same keys.
 */
import type { AllStrings } from './resources.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllStrings };
  }
}
