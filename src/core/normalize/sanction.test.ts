import { parseDate, parseSanction, parseYesNo } from './sanction';

describe('parseSanction', () => {
  it.each([
    ['警告', '警告'],
    ['严重警告', '严重警告'],
    ['给予严重警告处分', '严重警告'],
    ['记过处分', '记过'],
    ['留校察看', '留校察看'],
    ['留校察看一年', '留校察看'],
    ['开除学籍', '开除学籍'],
    ['开除', '开除学籍'],
    [' 严 重 警 告 ', '严重警告'],
    ['记大过', undefined],
    ['通报批评', undefined],
    ['团内警告', undefined],
    ['开除团籍', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseSanction(text)).toBe(expected);
  });
});

describe('parseDate', () => {
  it('reads Date cells in UTC', () => {
    expect(parseDate(new Date(Date.UTC(2025, 2, 4)))).toBe('2025-03-04');
    expect(parseDate(new Date(NaN))).toBeUndefined();
  });
  it('reads Excel serial numbers, including the 1900 leap-year quirk', () => {
    expect(parseDate(45658)).toBe('2025-01-01');
    expect(parseDate(45720.75)).toBe('2025-03-04');
    expect(parseDate(1)).toBe('1900-01-01');
    expect(parseDate(59)).toBe('1900-02-28');
    expect(parseDate(61)).toBe('1900-03-01');
    expect(parseDate(60)).toBeUndefined();
    expect(parseDate(0)).toBeUndefined();
    expect(parseDate(20250304)).toBe('2025-03-04');
  });
  it.each([
    ['2025/3/4', '2025-03-04'],
    ['2025-03-04', '2025-03-04'],
    ['2025.3.4', '2025-03-04'],
    ['2025年3月4日', '2025-03-04'],
    ['２０２５年３月４日', '2025-03-04'],
    ['20250304', '2025-03-04'],
    ['2025-03-04 10:30:00', '2025-03-04'],
    ['2025-03-04T10:30:00.000Z', '2025-03-04'],
    ['2025-02-30', undefined],
    ['3/4/2025', undefined],
    ['下周一', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
  it('ignores other cell types', () => {
    expect(parseDate(null)).toBeUndefined();
    expect(parseDate(true)).toBeUndefined();
    expect(parseDate({ error: '#VALUE!' })).toBeUndefined();
  });
});

describe('parseYesNo', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['√', true],
    ['×', false],
    ['已解除', true],
    ['未解除', false],
    ['已于2025年3月解除', true],
    ['尚未解除', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [2, undefined],
    ['', undefined],
    ['也许', undefined],
    [null, undefined],
  ])('%s → %s', (v, expected) => {
    expect(parseYesNo(v)).toBe(expected);
  });
});
