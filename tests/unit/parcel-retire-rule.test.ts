/**
 * 退出台账's rule (domain/parcel-edit/retire.ts) over every land state and each refusal, with literal answers:
 * only 规划, 储备 and 净地可供 land may leave the ledger (挂牌 is in a public procedure, 已出让 on is held under a
 * grant or allocation), not while it holds projects or a 三旧 site, on a day neither after today nor before its
 * last recorded event.
 */
import { describe, expect, it } from 'vitest';
import { LAND_STATES } from '../../domain/enums.ts';
import { type RetireFacts, retireRefusal } from '../../domain/parcel-edit/retire.ts';

const facts = (over: Partial<RetireFacts> = {}): RetireFacts => ({
  state: 'ready',
  retiredOn: null,
  lastEventDate: '2017-05-01',
  projectNames: [],
  siteCodes: [],
  ...over,
});
const code = (f: RetireFacts, date = '2018-03-09') => retireRefusal(f, date, '2018-03-09')?.code ?? null;

describe('退出台账 rule', () => {
  it('allows 规划, 储备 and 净地可供 and refuses 挂牌 through 投产', () => {
    const answers = Object.fromEntries(LAND_STATES.map((s) => [s, code(facts({ state: s }))]));
    expect(answers).toEqual({
      planned: null,
      reserve: null,
      ready: null,
      listed: 'offered_or_granted',
      transferred: 'offered_or_granted',
      delivered: 'offered_or_granted',
      under_construction: 'offered_or_granted',
      completed: 'offered_or_granted',
      producing: 'offered_or_granted',
    });
  });

  it('refuses a parcel already retired, one holding a project (named), one with a 三旧 site (named)', () => {
    expect(code(facts({ retiredOn: '2018-01-02' }))).toBe('already_retired');
    const p = retireRefusal(facts({ projectNames: ['天讯物联网'] }), '2018-03-09', '2018-03-09');
    expect(p).toMatchObject({ code: 'has_projects', field: 'id' });
    expect(p?.message).toContain('天讯物联网');
    const s = retireRefusal(facts({ siteCodes: ['SJ-01'] }), '2018-03-09', '2018-03-09');
    expect(s).toMatchObject({ code: 'has_site', field: 'id' });
    expect(s?.message).toContain('SJ-01');
  });

  it('takes today and the last event’s day, refuses tomorrow and the day before the last event', () => {
    expect(code(facts(), '2018-03-09')).toBeNull();
    expect(code(facts(), '2017-05-01')).toBeNull();
    expect(code(facts(), '2018-03-10')).toBe('date_in_future');
    expect(code(facts(), '2017-04-30')).toBe('date_too_early');
    expect(code(facts({ lastEventDate: null }), '1990-01-01')).toBeNull();
  });
});
