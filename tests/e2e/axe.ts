/**
 * axe-core (a second, independent checker) on a page of the app: its serious and critical violations as readable
 * lines, for the whole page or inside one element. axe is evaluated through the devtools protocol, since the
 * app's Content-Security-Policy rightly refuses inline scripts.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
type AxeWindow = { axe: { run: (context: string | object, options?: object) => Promise<unknown> } };

/** Serious and critical violations of the page as it is now (inside `selector` when given). */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = (await page.evaluate((sel) => {
    const { axe } = window as unknown as AxeWindow;
    const options = { resultTypes: ['violations'] };
    return sel ? axe.run(sel, options) : axe.run(options);
  }, selector ?? null)) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')} …${v.nodes.length}`,
    );
}
