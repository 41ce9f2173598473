/**
 * Codes (宗地编号) for the parcels a split or merge creates. The zone's codes are `<zone>-<platform>-<nnnn>`
 * (e.g. ZK-ZC-0175, ZK-357-0001); a code created by an edit may carry a branch number (支号): ZK-ZC-0175-1.
 *
 * Two schemes, because practice differs and the bureau must choose:
 * - `branch` (default), after the cadastral rule of 《城镇地籍调查规程》(TD 1001-93) as we read it: the parts of a
 *   split take the parent's number plus the next free branch numbers (ZK-ZC-0175 → ZK-ZC-0175-1, -2; a part
 *   split again continues the branches of the same number: 0175-2 → 0175-3, 0175-4); a merge takes the smallest
 *   parent number plus the next free branch (0175 + 0176 → 0175-1).
 * - `renumber`, as unit codes are assigned under 不动产单元设定与代码编制规则 (GB/T 37346) as we read it: every new
 *   parcel takes the next number after the highest one in use with the same prefix (ZK-ZC-0280, 0281…).
 * Under both, a code once used (also by a retired parcel) is never given again. Codes outside the zone's pattern
 * (imports) get branches appended to the whole code under either scheme.
 */

import { DEFAULT_CODE_PATTERN } from '../settings/zone-settings.ts';

/** How new parcel codes are formed (see the module doc). */
export type CodeScheme = 'branch' | 'renumber';

/** Default scheme: branch numbers (TD 1001-93). */
export const DEFAULT_CODE_SCHEME: CodeScheme = 'branch';

/** A code of the zone's pattern: prefix (ZK-ZC), sequence number (0175, kept as written) and branch (or null). */
interface ZoneCode {
  prefix: string;
  number: string;
  branch: number | null;
}

type Parse = (code: string) => ZoneCode | null;

/**
 * The parser of codes of the zone's pattern (zone settings `parcelCodePattern`, a regular expression whose groups
 * are prefix, sequence number and optional branch; default DEFAULT_CODE_PATTERN).
 */
function parser(pattern: string): Parse {
  const re = new RegExp(pattern);
  return (code) => {
    const m = re.exec(code);
    return m?.[1] && m[2] ? { prefix: m[1], number: m[2], branch: m[3] ? Number(m[3]) : null } : null;
  };
}

/** The part of a code branches hang from: `ZK-ZC-0175` for ZK-ZC-0175-2; the whole code off the pattern. */
function rootOf(code: string, parse: Parse): string {
  const z = parse(code);
  return z ? `${z.prefix}-${z.number}` : code;
}

/** `count` next free branch codes under `root`, given every code in use. */
function nextBranches(root: string, count: number, used: ReadonlySet<string>): string[] {
  let max = 0;
  const esc = root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^${esc}-(\\d+)$`);
  for (const c of used) {
    const m = re.exec(c);
    if (m) max = Math.max(max, Number(m[1]));
  }
  const out: string[] = [];
  for (let k = max + 1; out.length < count; k++) {
    const code = `${root}-${k}`;
    if (!used.has(code)) out.push(code);
  }
  return out;
}

/** `count` next free sequence numbers with `prefix`, zero-padded to `width` digits. */
function nextNumbers(
  prefix: string,
  width: number,
  count: number,
  used: ReadonlySet<string>,
  parse: Parse,
): string[] {
  let max = 0;
  for (const c of used) {
    const z = parse(c);
    if (z && z.prefix === prefix) max = Math.max(max, Number(z.number));
  }
  const out: string[] = [];
  for (let k = max + 1; out.length < count; k++) {
    const code = `${prefix}-${String(k).padStart(width, '0')}`;
    if (!used.has(code)) out.push(code);
  }
  return out;
}

/** Codes for the `count` parts of a split of `parentCode`; `used` holds every code ever used. */
export function splitCodes(
  parentCode: string,
  count: number,
  used: Iterable<string>,
  scheme: CodeScheme = DEFAULT_CODE_SCHEME,
  pattern: string = DEFAULT_CODE_PATTERN,
): string[] {
  const set = new Set(used);
  const parse = parser(pattern);
  const z = parse(parentCode);
  if (scheme === 'renumber' && z) return nextNumbers(z.prefix, z.number.length, count, set, parse);
  return nextBranches(rootOf(parentCode, parse), count, set);
}

/** Orders zone codes by sequence number, then branch (unbranched first); others by text. */
function compareCodes(a: string, b: string, parse: Parse): number {
  const x = parse(a);
  const y = parse(b);
  if (x && y && x.prefix === y.prefix) {
    return Number(x.number) - Number(y.number) || (x.branch ?? 0) - (y.branch ?? 0);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code for the parcel a merge of `parentCodes` creates; `used` holds every code ever used. */
export function mergeCode(
  parentCodes: readonly string[],
  used: Iterable<string>,
  scheme: CodeScheme = DEFAULT_CODE_SCHEME,
  pattern: string = DEFAULT_CODE_PATTERN,
): string {
  const set = new Set(used);
  const parse = parser(pattern);
  const smallest = [...parentCodes].sort((a, b) => compareCodes(a, b, parse))[0];
  if (smallest === undefined) throw new RangeError('mergeCode needs at least one parent code');
  const z = parse(smallest);
  if (scheme === 'renumber' && z) return nextNumbers(z.prefix, z.number.length, 1, set, parse)[0]!;
  return nextBranches(rootOf(smallest, parse), 1, set)[0]!;
}

/**
 * The prefix a new parcel of a platform is numbered under: the prefix most of the platform's codes (`platformCodes`,
 * current and retired) carry, the one of the highest number on a tie, with their widest sequence number; null when
 * none of them follows the zone's pattern (then the editor must give the code).
 */
function platformPrefix(
  platformCodes: Iterable<string>,
  parse: Parse,
): { prefix: string; width: number } | null {
  const seen = new Map<string, { count: number; top: number; width: number }>();
  for (const c of platformCodes) {
    const z = parse(c);
    if (!z) continue;
    const s = seen.get(z.prefix) ?? { count: 0, top: 0, width: 0 };
    seen.set(z.prefix, {
      count: s.count + 1,
      top: Math.max(s.top, Number(z.number)),
      width: Math.max(s.width, z.number.length),
    });
  }
  const best = [...seen].sort(([, a], [, b]) => b.count - a.count || b.top - a.top)[0];
  return best ? { prefix: best[0], width: best[1].width } : null;
}

/**
 * Code for a parcel drawn from scratch on a platform: the next free sequence number under the platform's prefix
 * (see `platformPrefix`) — a new parcel is a new 宗地, not a part of one, so it takes a new number, never a branch
 * (支号). `used` holds every code ever used; null when the platform has no code of the pattern yet.
 */
export function newParcelCode(
  platformCodes: Iterable<string>,
  used: Iterable<string>,
  pattern: string = DEFAULT_CODE_PATTERN,
): string | null {
  const parse = parser(pattern);
  const p = platformPrefix(platformCodes, parse);
  return p ? nextNumbers(p.prefix, p.width, 1, new Set(used), parse)[0]! : null;
}
