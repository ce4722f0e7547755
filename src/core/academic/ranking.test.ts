import fc from 'fast-check';
import { presetPolicy } from '../policy/presets';
import { computedRank, limitRank, rankInCohorts } from './ranking';

const rule = (rounding: 'ceil' | 'floor', topPercent = 30) => ({
  ...presetPolicy().rules.rank,
  rounding,
  topPercent,
});

describe('rankInCohorts', () => {
  it('gives ties the better rank and ranks each cohort apart', () => {
    const { rank, size } = rankInCohorts([
      { cohort: 'a', average: 85 },
      { cohort: 'a', average: 90 },
      { cohort: 'b', average: 70 },
      { cohort: 'a', average: 80 },
      { cohort: 'a', average: 85 },
    ]);
    expect(Array.from(rank)).toEqual([2, 1, 1, 4, 2]);
    expect(Array.from(size)).toEqual([4, 4, 1, 4, 4]);
  });

  it('treats averages that differ only by floating-point noise as a tie', () => {
    const { rank } = rankInCohorts([
      { cohort: 'a', average: (0.1 + 0.2) * 100 },
      { cohort: 'a', average: 30 },
    ]);
    expect(Array.from(rank)).toEqual([1, 1]);
  });

  it('ranks each student 1 + the number of cohort-mates with a higher average', () => {
    const input = fc.array(
      fc.record({
        cohort: fc.constantFrom('x', 'y', 'z'),
        average: fc.integer({ min: 50, max: 60 }),
      }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(input, (inputs) => {
        const { rank, size } = rankInCohorts(inputs);
        inputs.forEach((s, i) => {
          const mates = inputs.filter((o) => o.cohort === s.cohort);
          expect(rank[i]).toBe(1 + mates.filter((o) => o.average > s.average).length);
          expect(size[i]).toBe(mates.length);
        });
      }),
    );
  });
});

describe('limitRank and the top-share verdict', () => {
  it('cohort 30 at 30%: 9 either way; rank 9 is in, rank 10 out', () => {
    expect(limitRank(30, 30, 'ceil')).toBe(9);
    expect(limitRank(30, 30, 'floor')).toBe(9);
    expect(computedRank(9, 30, rule('ceil'), 'c').withinTop).toBe(true);
    expect(computedRank(10, 30, rule('ceil'), 'c').withinTop).toBe(false);
  });

  it('cohort 31 at 30%: ceil lets rank 10 in, floor keeps it out', () => {
    expect(limitRank(30, 31, 'ceil')).toBe(10);
    expect(limitRank(30, 31, 'floor')).toBe(9);
    expect(computedRank(10, 31, rule('ceil'), 'c')).toMatchObject({
      limitRank: 10,
      withinTop: true,
    });
    expect(computedRank(10, 31, rule('floor'), 'c')).toMatchObject({
      limitRank: 9,
      withinTop: false,
    });
  });

  it('is not fooled by binary rounding of shares such as 10% x 70 or 7% x 100', () => {
    expect(limitRank(10, 70, 'ceil')).toBe(7);
    expect(limitRank(7, 100, 'floor')).toBe(7);
    expect(limitRank(30, 1, 'floor')).toBe(0);
  });

  it('reports percent as rank / cohort size x 100', () => {
    const r = computedRank(3, 40, rule('ceil'), '会计 / 2023级');
    expect(r).toMatchObject({
      rank: 3,
      cohortSize: 40,
      percent: 7.5,
      source: 'computed',
      cohortLabel: '会计 / 2023级',
    });
  });
});
