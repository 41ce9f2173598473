/**
 * The planner's overrides as the API answers them: each lock and exclusion with the names a planner knows
 * (project name, parcel codes or the 三旧 site's code), and the site references a planner may type (parcel
 * codes) turned into the ids matching uses.
 */
import type { ExclusionRow, LockRow } from '../db/queries/land-balance-overrides.ts';
import type { OverrideLookup } from './service.ts';

const REDEV = 'redev:';

/** Codes of a site id (parcel ids joined by `+`, or `redev:<id>`), as the planner reads them. */
export function siteCodes(d: OverrideLookup, siteId: string): string[] {
  if (siteId.startsWith(REDEV)) {
    const id = siteId.slice(REDEV.length);
    return [d.redevelopment.find((s) => s.id === id)?.code ?? siteId];
  }
  return siteId.split('+').map((id) => d.parcelCodes.get(id) ?? id);
}

/**
 * A site reference with parcel codes (ZK-357-0419) or 三旧 codes replaced by ids, so a planner may type what
 * the map shows; ids pass unchanged, unknown parts stay as typed (the lock rules then name them).
 */
export function resolveSiteRef(d: OverrideLookup, ref: string): string {
  const redev = d.redevelopment.find((s) => s.code === ref || `${REDEV}${s.code}` === ref);
  if (redev) return `${REDEV}${redev.id}`;
  if (ref.startsWith(REDEV)) return ref;
  const byCode = new Map([...d.parcelCodes].map(([id, code]) => [code.toUpperCase(), id]));
  return ref
    .split('+')
    .map((part) => {
      const p = part.trim();
      return d.parcelCodes.has(p) ? p : (byCode.get(p.toUpperCase()) ?? p);
    })
    .join('+');
}

/** The parcel references in site ids and refs (`a+b` → a, b; trimmed), for `OverrideLookup`. */
export const siteRefParts = (refs: readonly string[]): string[] =>
  refs.flatMap((r) => (r.startsWith(REDEV) ? [] : r.split('+').map((x) => x.trim())));

/** GET /api/land-balance/overrides body: locks and exclusions with names and codes. */
export function overridesView(d: OverrideLookup, locks: LockRow[], exclusions: ExclusionRow[]) {
  const names = new Map(d.projects.map((p) => [p.id, p.name]));
  return {
    locks: locks.map((l) => ({
      ...l,
      projectName: names.get(l.projectId) ?? l.projectId,
      siteCodes: siteCodes(d, l.siteId),
    })),
    exclusions: exclusions.map((e) => ({
      ...e,
      label: e.kind === 'project' ? (names.get(e.ref) ?? e.ref) : siteCodes(d, e.ref).join(' + '),
    })),
  };
}
