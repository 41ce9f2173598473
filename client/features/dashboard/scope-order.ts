/**
 * The order of the overview's target groups: the zone first, then platforms in the app's platform order (the
 * 357 belt before the 自创区, as in the article), then any scope the platform list does not know.
 */

/** Every scope that has a target, plus 'zone' always, in display order. */
export function scopeOrder(
  targets: readonly { scope: string }[],
  platformOrder: readonly string[],
): string[] {
  const rank = (scope: string) => {
    if (scope === 'zone') return -1;
    const i = platformOrder.indexOf(scope);
    return i < 0 ? platformOrder.length : i;
  };
  return [...new Set(['zone', ...targets.map((x) => x.scope)])].sort((a, b) => rank(a) - rank(b));
}
