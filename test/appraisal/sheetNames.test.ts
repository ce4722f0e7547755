import { sanitizeSheetName, SheetNamer, sheetPrefix } from '../../src/core/appraisal/sheetNames';
import { termLabel } from '../../src/core/appraisal/term';

describe('sheet names', () => {
  it('drops characters Excel forbids and apostrophes at the ends, and keeps 31 characters', () => {
    expect(sanitizeSheetName("'评分/学生[代表]:秘书处?'")).toBe('评分_学生_代表__秘书处_');
    expect([...sanitizeSheetName('评'.repeat(40))]).toHaveLength(31);
    expect(sanitizeSheetName("''")).toBe('_');
  });

  it('hands out unique names, ignoring case, within 31 characters', () => {
    const namer = new SheetNamer(['Summary']);
    expect(namer.take('summary')).toBe('summary(2)');
    const long = '部'.repeat(31);
    expect(namer.take(long)).toBe(long);
    expect(namer.take(long)).toBe(`${'部'.repeat(28)}(2)`);
  });

  it('quotes a sheet for a formula, doubling apostrophes', () => {
    expect(sheetPrefix("评分-O'Brien部")).toBe("'评分-O''Brien部'!");
  });
});

describe('termLabel', () => {
  it('spells the usual term code out and leaves anything else as typed', () => {
    expect(termLabel('2025-2026-1', 'zh')).toBe('2025-2026学年第一学期');
    expect(termLabel('2025-2026-2', 'en')).toBe('2025-2026 term 2');
    expect(termLabel(' 2025年春季 ', 'zh')).toBe('2025年春季');
  });
});
