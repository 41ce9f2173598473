import { formatNumber } from '../../../domain/format.ts';
import { useLang } from '../language/use-lang.ts';

/** The note under a capped list (the server lists at most `limit` rows; its figures still cover all). */
const CUT_TEXT = {
  zh: (shown: string, total: string) => `仅列出前 ${shown} 条（共 ${total} 条，合计数字含全部）`,
  en: (shown: string, total: string) => `Listing the first ${shown} of ${total} (the totals cover all)`,
} as const;

/** Says that a list was cut at `limit` rows out of `total`; nothing when it was not. */
export function ListCutNote({
  total,
  limit,
  truncated,
}: {
  total: number;
  limit: number;
  truncated: boolean;
}) {
  const lang = useLang();
  if (!truncated) return null;
  const text = CUT_TEXT[lang === 'en' ? 'en' : 'zh'];
  return (
    <p className="muted small" role="note" data-testid="list-cut" data-total={total} data-limit={limit}>
      {text(formatNumber(limit, lang), formatNumber(total, lang))}
    </p>
  );
}
