import { cellText, headerKey, isBlank, normalizeText } from './text';
import { numberText, parseNumber } from './number';

describe('normalizeText', () => {
  it('folds full-width characters and collapses every kind of space', () => {
    expect(normalizeText('　张\u3000\u3000三\u00a0 ')).toBe('张 三');
    expect(normalizeText('计算机（１）班')).toBe('计算机(1)班');
    expect(normalizeText('ＡＢＣ１２３')).toBe('ABC123');
    expect(normalizeText('a\u200bb')).toBe('ab');
  });
  it('leaves already-normal ASCII alone', () => {
    expect(normalizeText('A001')).toBe('A001');
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' x ')).toBe('x');
  });
});

describe('headerKey', () => {
  it('removes spaces, full-width forms and trailing punctuation', () => {
    expect(headerKey('学　号')).toBe('学号');
    expect(headerKey(' 姓 名： ')).toBe('姓名');
    expect(headerKey('学号*')).toBe('学号');
    expect(headerKey('*学号')).toBe('学号');
    expect(headerKey('学号（必填）')).toBe('学号');
    expect(headerKey('学号【必填】：')).toBe('学号');
    expect(headerKey('ＱＱ号')).toBe('qq号');
  });
  it('keeps meaningful brackets', () => {
    expect(headerKey('成绩(百分制)')).toBe('成绩(百分制)');
  });
});

describe('cellText', () => {
  it('prints numbers without exponent or float artefacts', () => {
    expect(cellText(2531020101001)).toBe('2531020101001');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(73.5)).toBe('73.5');
    expect(cellText(1e-7)).toBe('0.0000001');
    expect(cellText(-0)).toBe('0');
  });
  it('prints dates, booleans and errors', () => {
    expect(cellText(new Date(Date.UTC(2025, 2, 4)))).toBe('2025-03-04');
    expect(cellText(true)).toBe('是');
    expect(cellText(false)).toBe('否');
    expect(cellText({ error: '#N/A' })).toBe('');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(new Date(NaN))).toBe('');
  });
  it('isBlank treats whitespace-only text as blank', () => {
    expect(isBlank('\u3000 ')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(null)).toBe(true);
  });
});

describe('numbers', () => {
  it('parses numeric text with units and full-width digits', () => {
    expect(parseNumber('73.5')).toBe(73.5);
    expect(parseNumber('８５分')).toBe(85);
    expect(parseNumber(' 2 学分')).toBe(2);
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('八十')).toBeUndefined();
    expect(parseNumber('1.2.3')).toBeUndefined();
    expect(parseNumber(true)).toBeUndefined();
    expect(parseNumber(Number.NaN)).toBeUndefined();
  });
  it('numberText of a huge integer has no exponent', () => {
    expect(numberText(123456789012345680000)).toBe('123456789012345683968');
    expect(numberText(Infinity)).toBe('');
  });
});
