/**
 * Project stages: 线索 lead → 在谈 negotiating → 过会 approved → 签约 signed → 已拿地 land_acquired →
 * 开工 under_construction → 投产 producing; 终止 terminated can follow any stage before producing.
 */
import type { ProjectStage } from './enums.ts';

/** A stage on the chain, i.e. any stage but terminated. */
export type ChainStage = Exclude<ProjectStage, 'terminated'>;

/** The chain in order, lead … producing (terminated is off the chain). */
export const PROJECT_CHAIN: readonly ChainStage[] = [
  'lead',
  'negotiating',
  'approved',
  'signed',
  'land_acquired',
  'under_construction',
  'producing',
];

/** Rank along the chain, 0 (lead) … 6 (producing); −1 for terminated, which is off the chain. */
export function stageRank(stage: ProjectStage): number {
  return stage === 'terminated' ? -1 : PROJECT_CHAIN.indexOf(stage);
}

/**
 * Counts toward land demand (the pipeline): negotiating, approved, or signed.
 * A signed project that already holds a parcel (`hasLand`) is no longer pipeline — its demand is met.
 */
export function isPipeline(stage: ProjectStage, hasLand = false): boolean {
  if (stage === 'signed') return !hasLand;
  return stage === 'negotiating' || stage === 'approved';
}

/** Signed (签约) or later, excluding terminated — the "signed projects" count of the 357 belt. */
export function isSignedOrLater(stage: ProjectStage): boolean {
  return stageRank(stage) >= stageRank('signed');
}

/** Has land (已拿地) or later, excluding terminated. */
export function hasLandStage(stage: ProjectStage): boolean {
  return stageRank(stage) >= stageRank('land_acquired');
}
