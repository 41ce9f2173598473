/**
 * Keyboard model of a WAI-ARIA tab list (APG "Tabs with automatic activation"): ←/→ move to the previous/next
 * tab (wrapping), Home/End to the first/last; the moved-to tab is selected at once.
 */

/** Index of the tab to select after `key` on tab `current` of `count`; null when the key is not a tab key. */
export function nextTabIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
