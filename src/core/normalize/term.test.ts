import { compareTerms, parseEntryYear, parseTerm, termLabel } from './term';

describe('parseTerm', () => {
  it('reads 学年 + 学期 in their many forms', () => {
    expect(parseTerm('2024-2025', '1')).toEqual({ startYear: 2024, term: 1 });
    expect(parseTerm('2024-2025', 2)).toEqual({ startYear: 2024, term: 2 });
    expect(parseTerm('2024-2025学年', '第一学期')).toEqual({ startYear: 2024, term: 1 });
    expect(parseTerm('2024－2025', '第二学期')).toEqual({ startYear: 2024, term: 2 });
    expect(parseTerm('2024-2025', '秋')).toEqual({ startYear: 2024, term: 1 });
    expect(parseTerm('2024-2025', '春季学期')).toEqual({ startYear: 2024, term: 2 });
    expect(parseTerm('2024-2025', '下学期')).toEqual({ startYear: 2024, term: 2 });
    expect(parseTerm('2024-2025', '第1学期')).toEqual({ startYear: 2024, term: 1 });
    expect(parseTerm(2024, '1')).toEqual({ startYear: 2024, term: 1 });
    expect(parseTerm('2024—2025', '3')).toEqual({ startYear: 2024, term: 3 });
  });
  it('reads a spaced 学期 the same on every row, and still refuses an unknown one', () => {
    for (let row = 0; row < 3; row++) {
      expect(parseTerm('2024-2025', '第 二 学期')).toEqual({ startYear: 2024, term: 2 });
      expect(parseTerm('2023-2024', '第 二 学期')).toEqual({ startYear: 2023, term: 2 });
      expect(parseTerm('2024-2025', '第 九 学期')).toBeUndefined();
    }
  });
  it('reads combined year-term cells', () => {
    expect(parseTerm(undefined, undefined, '2025-2026-1')).toEqual({ startYear: 2025, term: 1 });
    expect(parseTerm(undefined, undefined, '2024-2025学年第二学期')).toEqual({
      startYear: 2024,
      term: 2,
    });
    expect(parseTerm(undefined, undefined, '2024-20252')).toEqual({ startYear: 2024, term: 2 });
    expect(parseTerm(undefined, undefined, ' 2024 - 2025 - 1 ')).toEqual({
      startYear: 2024,
      term: 1,
    });
    expect(parseTerm(undefined, undefined, '2024-25-1')).toEqual({ startYear: 2024, term: 1 });
    expect(parseTerm(undefined, undefined, '2024-2025(1)')).toEqual({ startYear: 2024, term: 1 });
    expect(parseTerm(undefined, undefined, '2024秋')).toEqual({ startYear: 2024, term: 1 });
    expect(parseTerm(undefined, undefined, '2025年春季学期')).toEqual({ startYear: 2024, term: 2 });
  });
  it('combines a year-only combined cell with a 学期 cell, and a full term in 学期', () => {
    expect(parseTerm(undefined, '2', '2024-2025')).toEqual({ startYear: 2024, term: 2 });
    expect(parseTerm(undefined, '2024-2025-2')).toEqual({ startYear: 2024, term: 2 });
  });
  it('refuses what it cannot read', () => {
    expect(parseTerm('2024-2026', '1')).toBeUndefined();
    expect(parseTerm('2024-2025', '4')).toBeUndefined();
    expect(parseTerm('2024-2025')).toBeUndefined();
    expect(parseTerm(undefined, undefined, '2025/03/04')).toBeUndefined();
    expect(parseTerm(undefined, undefined, '去年')).toBeUndefined();
    expect(parseTerm()).toBeUndefined();
  });
});

describe('terms', () => {
  it('labels and orders terms', () => {
    expect(termLabel({ startYear: 2024, term: 2 })).toBe('2024-2025-2');
    const terms = [
      { startYear: 2025, term: 1 },
      { startYear: 2024, term: 2 },
      { startYear: 2024, term: 1 },
    ];
    expect([...terms].sort(compareTerms).map(termLabel)).toEqual([
      '2024-2025-1',
      '2024-2025-2',
      '2025-2026-1',
    ]);
  });
});

describe('parseEntryYear', () => {
  it.each([
    ['2023级', 2023],
    ['23级', 2023],
    [2023, 2023],
    ['2023', 2023],
    ['２０２３级', 2023],
    [23, 2023],
    ['2023年级', 2023],
    ['2023级计算机1班', 2023],
    ['2023届', undefined],
    ['大一', undefined],
    ['1800', undefined],
    [2023.5, undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (v, expected) => {
    expect(parseEntryYear(v)).toBe(expected);
  });
});
