import { describe, expect, it } from 'vitest';
import { PROJECT_STAGES } from '../../../domain/enums.ts';
import { hasLandStage, isPipeline, isSignedOrLater, stageRank } from '../../../domain/project-stages.ts';

describe('project stages', () => {
  it('ranks the chain and puts terminated off it', () => {
    expect(stageRank('lead')).toBe(0);
    expect(stageRank('signed')).toBe(3);
    expect(stageRank('producing')).toBe(6);
    expect(stageRank('terminated')).toBe(-1);
  });

  it('pipeline = negotiating, approved, and signed without land', () => {
    expect(PROJECT_STAGES.filter((s) => isPipeline(s))).toEqual(['negotiating', 'approved', 'signed']);
    expect(PROJECT_STAGES.filter((s) => isPipeline(s, true))).toEqual(['negotiating', 'approved']);
  });

  it('signed-or-later and has-land exclude terminated', () => {
    expect(PROJECT_STAGES.filter(isSignedOrLater)).toEqual([
      'signed',
      'land_acquired',
      'under_construction',
      'producing',
    ]);
    expect(PROJECT_STAGES.filter(hasLandStage)).toEqual(['land_acquired', 'under_construction', 'producing']);
  });
});
