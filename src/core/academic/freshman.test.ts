import { isFreshman } from './buildIndex';
import { parseTermText } from './termKey';

describe('isFreshman', () => {
  const ref = parseTermText('2025-2026-1');

  it('is true when the entry year is the reference term’s academic year or later', () => {
    expect(isFreshman({ entryYear: 2025 }, ref)).toBe(true);
    expect(
      isFreshman({ entryYear: 2025, entryYearSource: 'roster' }, parseTermText('2025-2026-2')),
    ).toBe(true);
    expect(isFreshman({ entryYear: 2024, entryYearSource: 'grades' }, ref)).toBe(false);
    expect(isFreshman({ entryYear: 2025 }, parseTermText('2026-2027-1'))).toBe(false);
  });

  it('is false when the year is unknown, only guessed from grade rows, or there is no reference term', () => {
    expect(isFreshman({}, ref)).toBe(false);
    expect(isFreshman({ entryYear: 2025, entryYearSource: 'earliest-term' }, ref)).toBe(false);
    expect(isFreshman({ entryYear: 2025 }, undefined)).toBe(false);
  });
});
