/**
 * Type-checked translation keys: `t('…')` accepts only keys of the Chinese resources (the default language), so a
 * missing or misspelt key fails `tsc`. The English resources are typed `Resources` (en.ts), so they must have
 * exactly the same keys.
 */
import type { zhCN } from './zh-CN.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
