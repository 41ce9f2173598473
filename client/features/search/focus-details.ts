/**
 * After a search hit is chosen, keyboard focus moves to the heading of the details view it opened, so the next
 * Tab walks that view instead of the 14+ controls between the search box and the panel.
 */
import type { SearchTarget } from './search-results.ts';

/** How long to wait for the view to load before giving up (a slow network; focus then stays put). */
const WAIT_MS = 15_000;

/** Focuses the heading of the details view for `target` once it is rendered (the view loads its data first). */
export function focusDetailsHeading(target: NonNullable<SearchTarget>): void {
  const selector = `[data-testid="details-panel"] [data-${target.kind}-id="${CSS.escape(target.id)}"] .details-title`;
  const tryFocus = (): boolean => {
    const h = document.querySelector<HTMLElement>(selector);
    if (!h) return false;
    // A heading is not focusable by default; -1 lets a script focus it without adding a Tab stop.
    h.tabIndex = -1;
    h.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
}
