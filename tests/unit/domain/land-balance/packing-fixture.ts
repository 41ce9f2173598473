/**
 * Hand-made packing instances for the solver tests: sites as sets of numbered parcels (resources), fit lists
 * in rank order, and signed projects with a demand in 亩.
 */
import type { ProjectStage } from '../../../../domain/enums.ts';
import type { CandidateSite } from '../../../../domain/land-balance/candidate-sites.ts';
import type { FitList, MatchProject } from '../../../../domain/land-balance/project-fit.ts';
import { pipelineProject } from '../../../fixtures/pipeline-project.ts';

/** A site made of the parcels `r<i>` for the given resource numbers, one 亩 each, on platform `pa`. */
export const site = (resources: number[]): CandidateSite => ({
  id: resources.map((r) => `r${r}`).join('+'),
  kind: resources.length > 1 ? 'merged' : 'parcel',
  parcelIds: resources.map((r) => `r${r}`),
  resources,
  platformId: 'pa',
  areaMu: resources.length,
  landUses: ['1001'],
  availableFrom: '2018-03-09',
});

/** A fit list from `[site index, score]` pairs, taken as already in rank order. */
export const fits = (...pairs: Array<[number, number]>): FitList => ({
  site: Int32Array.from(pairs, (p) => p[0]),
  score: Uint8Array.from(pairs, (p) => p[1]),
});

/** A laser project of `stage` with its demand window (slack 0.3) and no deadline. */
export const matchProject = (
  id: string,
  stage: ProjectStage,
  investmentWan: number,
  demandMu: number,
): MatchProject => ({
  project: pipelineProject({
    id,
    name: id,
    enterprise: id,
    industry: 'laser',
    investmentWan,
    landDemandMu: demandMu,
    stage,
  }),
  demandMu,
  window: { lowMu: demandMu, highMu: demandMu * 1.3 },
  deadline: null,
});
