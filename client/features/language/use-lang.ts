import type { Lang } from '../../../domain/format.ts';
import { useAppState } from '../../state/app-store.ts';

/** The active UI language (zh-CN default), for domain/format.ts formatters. */
export const useLang = (): Lang => useAppState((s) => s.lang);
