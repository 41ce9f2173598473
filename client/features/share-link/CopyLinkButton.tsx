import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flushUrl } from '../../state/app-store.ts';

/** Copies a link that reproduces the current view (map, theme, filters, selection, language). */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    const url = flushUrl();
    let ok = false;
    try {
      await navigator.clipboard.writeText(url);
      ok = true;
    } catch {
      // The async clipboard needs a secure context and permission; fall back to a hidden textarea.
      ok = copyWithTextarea(url);
    }
    setStatus(ok ? 'copied' : 'failed');
    setTimeout(() => setStatus('idle'), 2000);
  };

  return (
    <button type="button" className="btn" data-testid="copy-link" data-status={status} onClick={copy}>
      {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.failed') : t('share.copy')}
    </button>
  );
}

function copyWithTextarea(text: string): boolean {
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.opacity = '0';
  document.body.appendChild(ta);
  ta.select();
  try {
    // execCommand is deprecated but is the only synchronous fallback outside a secure context.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    ta.remove();
  }
}
