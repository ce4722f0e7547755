import { looksScientific, normalizeStudentId } from './studentId';

describe('normalizeStudentId', () => {
  it('keeps every digit of a numeric ID', () => {
    expect(normalizeStudentId(2531020101001)).toBe('2531020101001');
    expect(normalizeStudentId(2531020101001.0)).toBe('2531020101001');
    expect(normalizeStudentId(12)).toBe('12');
  });
  it('reads text IDs: zeros kept, full-width folded, spaces removed', () => {
    expect(normalizeStudentId('0012')).toBe('0012');
    expect(normalizeStudentId('２５３１０２０１０１００１')).toBe('2531020101001');
    expect(normalizeStudentId(' 2531 0201 01001 ')).toBe('2531020101001');
    expect(normalizeStudentId('2531020101001.0')).toBe('2531020101001');
    expect(normalizeStudentId("'0012")).toBe('0012');
    expect(normalizeStudentId('s2023-01')).toBe('S2023-01');
  });
  it('refuses values that are not trustworthy IDs', () => {
    expect(normalizeStudentId('2.53102E+12')).toBeUndefined();
    expect(normalizeStudentId('2.53102e12')).toBeUndefined();
    expect(normalizeStudentId(12.5)).toBeUndefined();
    expect(normalizeStudentId(-3)).toBeUndefined();
    expect(normalizeStudentId(1.2e18)).toBeUndefined();
    expect(normalizeStudentId('学号')).toBeUndefined();
    expect(normalizeStudentId('张三')).toBeUndefined();
    expect(normalizeStudentId('')).toBeUndefined();
    expect(normalizeStudentId(null)).toBeUndefined();
    expect(normalizeStudentId(true)).toBeUndefined();
    expect(normalizeStudentId(new Date())).toBeUndefined();
    expect(normalizeStudentId('ABC')).toBeUndefined();
  });
  it('tells scientific-notation text apart', () => {
    expect(looksScientific('2.53102E+12')).toBe(true);
    expect(looksScientific('2531020101001')).toBe(false);
    expect(looksScientific(2.5e12)).toBe(false);
  });
});
