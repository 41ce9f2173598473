/** Figures the benchmarks print: median and 95th percentile, and sizes. */

/** Median and 95th percentile of `xs`. */
export function stats(xs: readonly number[]): { p50: number; p95: number } {
  const s = [...xs].sort((x, y) => x - y);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

/** `ms` with a sensible number of decimals. */
export const ms = (v: number) => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(1) : v.toFixed(0));

/** Sizes in B / kB / MB. */
export const size = (b: number) =>
  b < 1e3 ? `${b} B` : b < 1e6 ? `${(b / 1e3).toFixed(1)} kB` : `${(b / 1e6).toFixed(2)} MB`;

/** `n` from the command line `--sizes=10000,100000` (after `npm run bench -- <filter>`), else `fallback`. */
export function sizesArg(fallback: number[]): number[] {
  const a = process.argv.find((x) => x.startsWith('--sizes='));
  return a ? a.slice(8).split(',').map(Number) : fallback;
}
