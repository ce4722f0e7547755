import { presetPolicy } from '../policy/presets';
import { schoolRankInfo } from './schoolRank';

const rule = { ...presetPolicy().rules.rank, topPercent: 30, rounding: 'ceil' as const };

describe('schoolRankInfo', () => {
  it('applies the policy rounding to a school rank with its cohort size', () => {
    expect(schoolRankInfo({ rank: 10, cohortSize: 31, raw: '10/31' }, rule, 'x')).toMatchObject({
      source: 'school',
      rank: 10,
      cohortSize: 31,
      limitRank: 10,
      withinTop: true,
    });
    const floor = { ...rule, rounding: 'floor' as const };
    expect(schoolRankInfo({ rank: 10, cohortSize: 31, raw: '10/31' }, floor, 'x')?.withinTop).toBe(
      false,
    );
  });

  it('judges a percentage alone against the top share, without inventing a rank', () => {
    const inside = schoolRankInfo({ percent: 30, raw: '前30%' }, rule, '');
    expect(inside).toMatchObject({ percent: 30, withinTop: true, source: 'school' });
    expect(inside?.rank).toBeUndefined();
    expect(inside?.cohortSize).toBeUndefined();
    expect(schoolRankInfo({ percent: 31.5, raw: '31.5%' }, rule, '')?.withinTop).toBe(false);
  });

  it('gives up on a rank without cohort size or percentage', () => {
    expect(schoolRankInfo({ rank: 4, raw: '4' }, rule, '')).toBeUndefined();
  });
});
