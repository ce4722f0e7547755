import { academicIndex, context } from './fixtures';
import { parseTermText as parseTerm } from '../academic/termKey';
import { termLabel as termText } from '../normalize/term';
import { isFirstYear, referenceTermOf, termOfDate, windowStart } from './terms';

describe('terms', () => {
  it('reads and writes 2025-2026-1', () => {
    expect(parseTerm('2025-2026-1')).toEqual({ startYear: 2025, term: 1 });
    expect(parseTerm('2025-2027-1')).toBeUndefined();
    expect(termText({ startYear: 2025, term: 2 })).toBe('2025-2026-2');
  });

  it.each([
    ['2025-09-10', 2025, 1],
    ['2026-01-15', 2025, 1],
    ['2026-02-01', 2025, 2],
    ['2026-07-31', 2025, 2],
    ['2026-08-01', 2026, 1],
  ])('places %s in %i term %i', (date, startYear, term) => {
    expect(termOfDate(date)).toEqual({ startYear, term });
  });

  it('measures windows from the reference term', () => {
    const ref = { startYear: 2024, term: 2 };
    expect(windowStart('last-term', ref, 2022)).toEqual(ref);
    expect(windowStart('last-year', ref, 2022)).toEqual({ startYear: 2024, term: 1 });
    expect(windowStart('since-entry', ref, 2022)).toEqual({ startYear: 2022, term: 1 });
    expect(windowStart('since-entry', ref, undefined)).toBeUndefined();
  });

  it('calls a student first-year until a full year of grades exists', () => {
    expect(isFirstYear(2025, { startYear: 2025, term: 1 })).toBe(true);
    expect(isFirstYear(2025, { startYear: 2025, term: 2 })).toBe(false);
    expect(isFirstYear(2025, { startYear: 2024, term: 2 })).toBe(true);
    expect(isFirstYear(2024, { startYear: 2025, term: 1 })).toBe(false);
  });

  it('takes the reference from the context, then the grades, then the policy', () => {
    const policyOnly = context({
      referenceTerm: undefined,
      academic: { ...academicIndex([]), referenceTerm: undefined },
    });
    expect(referenceTermOf(policyOnly)).toBeUndefined();
    policyOnly.policy.referenceTerm = '2023-2024-2';
    expect(referenceTermOf(policyOnly)).toEqual({ startYear: 2023, term: 2 });
    const fromGrades = context({
      referenceTerm: undefined,
      academic: academicIndex([], { startYear: 2022, term: 1 }),
    });
    expect(referenceTermOf(fromGrades)).toEqual({ startYear: 2022, term: 1 });
  });
});
