import { DATE_1904_OFFSET, parseDate } from './date';

describe('dates in the 1904 date system', () => {
  it('reads a serial from 1904-01-01 when the workbook says so', () => {
    // 2025-03-04 is 45720 in the 1900 system and 45720 − 1462 in the 1904 one.
    expect(parseDate(45720)).toBe('2025-03-04');
    expect(parseDate(45720 - DATE_1904_OFFSET, true)).toBe('2025-03-04');
    expect(parseDate(0, true)).toBe('1904-01-01');
    expect(parseDate(0)).toBeUndefined();
    expect(parseDate(-1, true)).toBeUndefined();
  });

  it('leaves text and yyyymmdd numbers as they are', () => {
    expect(parseDate('2025/3/4', true)).toBe('2025-03-04');
    expect(parseDate(20250304, true)).toBe('2025-03-04');
  });
});
