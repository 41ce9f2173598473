/**
 * Exact reductions applied before any MIP (solve-assignment.ts). Each keeps the lexicographic optimum of the
 * packing; the argument is written next to each. Areas play no role here: a fit is a (project, site) pair
 * with its platform preference score, a site a set of exclusive resources (parcels).
 */
import type { CandidateSite } from './candidate-sites.ts';
import type { FitList } from './project-fit.ts';

/**
 * Conflict components: projects are linked when fitting sites of theirs share a resource. Components never
 * compete, so solving each on its own is exact. Returns index lists, each sorted ascending.
 */
export function conflictComponents(
  members: readonly number[],
  fits: readonly FitList[],
  sites: readonly CandidateSite[],
  numResources: number,
): number[][] {
  let top = 0;
  for (const p of members) top = Math.max(top, p + 1);
  const parent = Int32Array.from({ length: top }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const owner = new Int32Array(numResources).fill(-1);
  for (const p of members) {
    for (const si of fits[p]!.site) {
      for (const r of sites[si]!.resources) {
        const q = owner[r]!;
        if (q < 0) owner[r] = p;
        else if (q !== p) {
          const a = find(p);
          const b = find(q);
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (const p of [...members].sort((a, b) => a - b)) {
    const root = find(p);
    const g = groups.get(root);
    if (g) g.push(p);
    else groups.set(root, [p]);
  }
  return [...groups.values()];
}

/**
 * Resource → the projects of `members` with a fitting site on it, in compressed rows: the projects on
 * resource r are `projectsOn[start[r] … start[r + 1] − 1]`, each once, in `members` order.
 */
export function projectsByResource(
  members: readonly number[],
  fits: readonly FitList[],
  sites: readonly CandidateSite[],
  numResources: number,
): { start: Int32Array; projectsOn: Int32Array } {
  const start = new Int32Array(numResources + 1);
  const last = new Int32Array(numResources).fill(-1);
  const each = (visit: (p: number, r: number) => void): void => {
    for (const p of members) {
      for (const si of fits[p]!.site) {
        for (const r of sites[si]!.resources) {
          if (last[r] !== p) {
            last[r] = p;
            visit(p, r);
          }
        }
      }
    }
  };
  each((_, r) => {
    start[r + 1]!++;
  });
  for (let r = 0; r < numResources; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, numResources);
  const projectsOn = new Int32Array(start[numResources]!);
  last.fill(-1);
  each((p, r) => {
    projectsOn[fill[r]!++] = p;
  });
  return { start, projectsOn };
}

/**
 * "Safe" projects, peeled one after another from `members` (returned in peeling order).
 *
 * Argument. Let σ be project p's best score and D a set of pairwise disjoint fitting sites of p with score σ.
 * Any other project q still in play takes at most one fitting site, which meets at most
 * b_q = min(|largest fitting site of q|, number of D's sites q's fitting sites touch) sites of D (D's sites
 * are disjoint). If |D| > Σ_q b_q, then whatever the others choose, a site of D stays free, so p can be
 * placed last at score σ. Every objective level is a sum of per-project terms and p then gets its largest
 * possible term on every level (matched, best score), so opt(all) = opt(others) + best(p): p leaves the
 * problem and is placed afterwards. Peeling repeats on the rest; a project peeled earlier counted the later
 * ones as blockers, so placement runs in reverse peeling order. A site whose resources no other project
 * touches ("private site") is the case Σ b_q = 0.
 */
export function peelSafe(
  members: readonly number[],
  fits: readonly FitList[],
  sites: readonly CandidateSite[],
  numResources: number,
): number[] {
  const { start, projectsOn } = projectsByResource(members, fits, sites, numResources);
  const alive = new Map<number, number>(); // project → size of its largest fitting site
  for (const p of members) {
    let big = 0;
    for (const si of fits[p]!.site) big = Math.max(big, sites[si]!.resources.length);
    alive.set(p, big);
  }
  const usedStamp = new Int32Array(numResources);
  const seenStamp = new Map<number, number>();
  const touched = new Map<number, number>();
  let stamp = 0;
  let siteMark = 0;
  const peeled: number[] = [];
  const isSafe = (p: number): boolean => {
    const f = fits[p]!;
    const sigma = f.score[0]!;
    stamp++;
    let size = 0;
    const d: number[] = [];
    for (let i = 0; i < f.site.length && f.score[i] === sigma; i++) {
      const res = sites[f.site[i]!]!.resources;
      if (res.some((r) => usedStamp[r] === stamp)) continue;
      for (const r of res) usedStamp[r] = stamp;
      d.push(f.site[i]!);
      size++;
    }
    touched.clear();
    let blocked = 0;
    for (let k = 0; k < d.length; k++) {
      const mark = ++siteMark;
      for (const r of sites[d[k]!]!.resources) {
        for (let j = start[r]!; j < start[r + 1]!; j++) {
          const q = projectsOn[j]!;
          const big = alive.get(q);
          if (q === p || big === undefined) continue;
          // Count q once per site of D (it may touch several of the site's resources).
          if (seenStamp.get(q) === mark) continue;
          seenStamp.set(q, mark);
          const t = touched.get(q) ?? 0;
          if (t < big) {
            touched.set(q, t + 1);
            if (++blocked >= size) return false;
          }
        }
      }
    }
    return blocked < size;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of members) {
      if (!alive.has(p) || !isSafe(p)) continue;
      alive.delete(p);
      peeled.push(p);
      changed = true;
    }
  }
  return peeled;
}

/**
 * Drops fits dominated within one project: a fit whose resources strictly contain those of another fit of
 * the same project with a score at least as high. Argument: swapping the larger site for the smaller one
 * frees resources and keeps every level (same project matched, score ≥), so some optimum avoids the larger
 * site; it also ranks no better (larger area at the same score, or a lower score). Returns kept positions.
 */
export function undominatedFits(
  f: FitList,
  sites: readonly CandidateSite[],
  siteByResources: ReadonlyMap<string, number>,
): number[] {
  const scoreOf = new Map<number, number>();
  f.site.forEach((si, i) => {
    scoreOf.set(si, f.score[i]!);
  });
  const keep: number[] = [];
  f.site.forEach((si, i) => {
    const res = sites[si]!.resources;
    const m = res.length;
    let dominated = false;
    for (let mask = 1; mask < (1 << m) - 1 && !dominated; mask++) {
      const sub = res.filter((_, b) => mask & (1 << b));
      const other = siteByResources.get(sub.join(','));
      if (other !== undefined && (scoreOf.get(other) ?? -1) >= f.score[i]!) dominated = true;
    }
    if (!dominated) keep.push(i);
  });
  return keep;
}
