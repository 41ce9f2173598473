import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasLandBy, isSignedBy } from '../../../../domain/dashboard/platform-pipeline.ts';
import { projectStageAt } from '../../../../domain/history/project-stage-at.ts';
import { hasLandStage, isSignedOrLater } from '../../../../domain/project-stages.ts';
import type { Project } from '../../../../domain/schemas.ts';

const none = {
  firstContact: null,
  approved: null,
  signed: null,
  landAcquired: null,
  started: null,
  producing: null,
};
// 佰维存储 in the sample: contacted 2016-09-19, 过会 2017-04-18, 签约 2017-06-16, 拿地 2017-11-22.
const biwin = {
  stage: 'land_acquired' as const,
  keyDates: {
    ...none,
    firstContact: '2016-09-19',
    approved: '2017-04-18',
    signed: '2017-06-16',
    landAcquired: '2017-11-22',
  },
};

describe('projectStageAt', () => {
  it('walks the key dates of 佰维存储', () => {
    expect(projectStageAt(biwin, '2016-09-18')).toBeNull();
    expect(projectStageAt(biwin, '2016-09-19')).toBe('negotiating');
    expect(projectStageAt(biwin, '2017-04-18')).toBe('approved');
    expect(projectStageAt(biwin, '2017-11-21')).toBe('signed');
    expect(projectStageAt(biwin, '2018-03-09')).toBe('land_acquired');
  });

  it('never goes beyond the current stage, whatever later dates say', () => {
    expect(projectStageAt({ ...biwin, stage: 'signed' }, '2018-03-09')).toBe('signed');
  });

  it('an undated stage counts as reached (the stage is all the data says); a dated later one stops the walk', () => {
    const p = {
      stage: 'signed' as const,
      keyDates: { ...none, firstContact: '2017-01-05', signed: '2017-08-01' },
    };
    expect(projectStageAt(p, '2017-03-01')).toBe('approved');
    expect(projectStageAt(p, '2017-08-01')).toBe('signed');
  });

  it('a lead entered in the app exists from its creation day', () => {
    const lead = { stage: 'lead' as const, keyDates: none, createdOn: '2018-03-01' };
    expect(projectStageAt(lead, '2018-02-28')).toBeNull();
    expect(projectStageAt(lead, '2018-03-01')).toBe('lead');
    expect(projectStageAt({ stage: 'lead', keyDates: none }, '2010-01-01')).toBe('lead');
  });

  it('terminated: from its date when known, before that at its last dated stage; unknown date → always', () => {
    const t = {
      stage: 'terminated' as const,
      keyDates: { ...none, firstContact: '2016-07-21' },
      terminatedOn: '2017-05-01',
    };
    expect(projectStageAt(t, '2016-07-20')).toBeNull();
    expect(projectStageAt(t, '2016-12-01')).toBe('negotiating');
    expect(projectStageAt(t, '2017-05-01')).toBe('terminated');
    expect(projectStageAt({ ...t, terminatedOn: null }, '2016-12-01')).toBe('terminated');
  });
});

describe('agrees with the dashboard’s standing rule on every sample project and date', () => {
  const projects = JSON.parse(
    readFileSync(new URL('../../../../geodata/projects.json', import.meta.url), 'utf8'),
  ) as Project[];
  const dates = ['2015-06-30', '2016-12-31', '2017-06-16', '2017-11-22', '2018-03-09'];
  it('signed-or-later and landed-or-later at D match isSignedBy / hasLandBy', () => {
    let checked = 0;
    for (const p of projects) {
      if (p.stage === 'terminated') continue;
      for (const d of dates) {
        const s = projectStageAt(p, d);
        expect([p.id, d, s !== null && isSignedOrLater(s)]).toEqual([p.id, d, isSignedBy(p, d)]);
        expect([p.id, d, s !== null && hasLandStage(s)]).toEqual([p.id, d, hasLandBy(p, d)]);
        checked++;
      }
    }
    expect(checked).toBe(487 * dates.length);
  });
});
