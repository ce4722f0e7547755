import { learnIdYearPattern, yearFromId } from './idYear';

describe('entry year from the 学号', () => {
  it('learns a four-digit prefix only when every known student follows it', () => {
    const known = [
      { id: '2023100101', year: 2023 },
      { id: '2024050102', year: 2024 },
    ];
    expect(learnIdYearPattern(known)).toBe('four-digit');
    expect(learnIdYearPattern([...known, { id: '2019000001', year: 2023 }])).toBeUndefined();
    expect(learnIdYearPattern(known.slice(0, 1))).toBeUndefined();
  });

  it('learns a two-digit prefix', () => {
    expect(
      learnIdYearPattern([
        { id: '23100101', year: 2023 },
        { id: '24050102', year: 2024 },
      ]),
    ).toBe('two-digit');
  });

  it('reads the year under the learned pattern, refusing implausible ones', () => {
    expect(yearFromId('2025010203', 'four-digit')).toBe(2025);
    expect(yearFromId('25010203', 'two-digit')).toBe(2025);
    expect(yearFromId('9999010203', 'four-digit')).toBeUndefined();
    expect(yearFromId('12', 'four-digit')).toBeUndefined();
  });
});
