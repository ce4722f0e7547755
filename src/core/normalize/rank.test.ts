import { parseSchoolRank } from './rank';

describe('parseSchoolRank', () => {
  it('reads "rank/size"', () => {
    const r = parseSchoolRank('5/120');
    expect(r).toMatchObject({ rank: 5, cohortSize: 120, raw: '5/120' });
    expect(r?.percent).toBeCloseTo(4.1667, 3);
    expect(parseSchoolRank('第５名／１２０')).toMatchObject({ rank: 5, cohortSize: 120 });
  });
  it('reads a rank with a cohort-size cell', () => {
    expect(parseSchoolRank(30, 120)).toEqual({ rank: 30, cohortSize: 120, percent: 25, raw: '30' });
    expect(parseSchoolRank('30', '120人')).toMatchObject({ rank: 30, cohortSize: 120 });
    expect(parseSchoolRank('30', '很多')).toBeUndefined();
    expect(parseSchoolRank(7)).toEqual({ rank: 7, raw: '7' });
  });
  it('reads percentages in every form', () => {
    expect(parseSchoolRank('8%')).toEqual({ percent: 8, raw: '8%' });
    expect(parseSchoolRank('前10%')).toEqual({ percent: 10, raw: '前10%' });
    expect(parseSchoolRank(0.08)?.percent).toBeCloseTo(8);
    expect(parseSchoolRank(undefined, undefined, 0.25)).toEqual({ percent: 25, raw: '0.25' });
    expect(parseSchoolRank(null, null, '12.5%')).toEqual({ percent: 12.5, raw: '12.5%' });
    expect(parseSchoolRank(3, 40, 0.075)).toEqual({
      rank: 3,
      cohortSize: 40,
      percent: 7.5,
      raw: '3',
    });
  });
  it('refuses nonsense and returns nothing for empty cells', () => {
    expect(parseSchoolRank('130/120')).toBeUndefined();
    expect(parseSchoolRank('150%')).toBeUndefined();
    expect(parseSchoolRank('优秀')).toBeUndefined();
    expect(parseSchoolRank(5.5)).toBeUndefined();
    expect(parseSchoolRank(null, null, '很好')).toBeUndefined();
    expect(parseSchoolRank(null)).toBeUndefined();
    expect(parseSchoolRank('', 120)).toBeUndefined();
  });
});
