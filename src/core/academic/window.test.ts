import { compareTerms, termLabel as formatTerm } from '../normalize/term';
import { parseTermText, termCode, termFromCode } from './termKey';
import { inWindow, termsInWindow, windowRange } from './window';

const code = (text: string) => termCode(parseTermText(text));

describe('term keys', () => {
  it('parses the forms a policy or a teacher writes and rejects the rest', () => {
    expect(parseTermText('2025-2026-1')).toEqual({ startYear: 2025, term: 1 });
    expect(parseTermText('２０２５－２０２６－２')).toEqual({ startYear: 2025, term: 2 });
    expect(parseTermText('2025-2026学年第一学期')).toEqual({ startYear: 2025, term: 1 });
    expect(parseTermText('2025-2027-1')).toBeUndefined();
    expect(parseTermText('2025秋')).toBeUndefined();
  });

  it('round-trips codes and orders terms', () => {
    const t = { startYear: 2024, term: 2 };
    expect(termFromCode(termCode(t))).toEqual(t);
    expect(formatTerm(t)).toBe('2024-2025-2');
    expect(compareTerms(t, { startYear: 2025, term: 1 })).toBeLessThan(0);
    expect(code('2024-2025-2')).toBeLessThan(code('2025-2026-1'));
  });
});

describe('windowRange', () => {
  const ref = parseTermText('2025-2026-1');
  const data = ['2023-2024-1', '2024-2025-1', '2024-2025-2', '2025-2026-1', '2025-2026-2'].map(
    code,
  );

  it('last-term is the reference term only', () => {
    expect(termsInWindow(windowRange('last-term', ref), data).map(formatTerm)).toEqual([
      '2025-2026-1',
    ]);
  });

  it('last-year is the reference term’s academic year, not later than the reference', () => {
    expect(
      termsInWindow(windowRange('last-year', parseTermText('2024-2025-2')), data).map(formatTerm),
    ).toEqual(['2024-2025-1', '2024-2025-2']);
    expect(termsInWindow(windowRange('last-year', ref), data).map(formatTerm)).toEqual([
      '2025-2026-1',
    ]);
  });

  it('since-entry is every term up to the reference, and alone takes rows without a term', () => {
    const since = windowRange('since-entry', ref);
    expect(termsInWindow(since, data)).toHaveLength(4);
    expect(inWindow(since, 0)).toBe(true);
    expect(inWindow(windowRange('last-year', ref), 0)).toBe(false);
  });

  it('without a reference term only since-entry covers anything', () => {
    expect(termsInWindow(windowRange('last-term', undefined), data)).toEqual([]);
    expect(termsInWindow(windowRange('since-entry', undefined), data)).toHaveLength(5);
  });
});
