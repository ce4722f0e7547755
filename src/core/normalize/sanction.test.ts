import { parseDate, parseSanction, parseYesNo, readSanctionText } from './sanction';

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
    ['记大过', '记大过'],
    ['记大过处分', '记大过'],
    ['受到记过处分', '记过'],
    ['警告处分', '警告'],
    ['严重警告处分（已解除）', '严重警告'],
    ['严重警告处分(已解除)', '严重警告'],
    ['【记过】2024年10月8日', '记过'],
    ['给予警告处分并通报批评', '警告'],
    ['口头警告', undefined],
    ['通报批评', undefined],
    ['团内严重警告', undefined],
    ['留团察看', undefined],
    ['党内警告', undefined],
    ['团内警告', undefined],
    ['开除团籍', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseSanction(text)).toBe(expected);
  });
});

describe('readSanctionText', () => {
  it.each([
    ['团内警告', 'league'],
    ['团内严重警告处分', 'league'],
    ['撤销团内职务', 'league'],
    ['留团察看一年', 'league'],
    ['开除团籍', 'league'],
    ['党内警告', 'party'],
    ['党内严重警告', 'party'],
    ['撤销党内职务', 'party'],
    ['留党察看', 'party'],
    ['开除党籍', 'party'],
    ['取消预备党员资格', 'party'],
    ['通报批评', 'criticism'],
    ['批评教育', 'criticism'],
    ['口头警告', 'criticism'],
    ['全院通报批评', 'criticism'],
    ['警告', undefined],
    ['记大过', undefined],
    ['旷课', undefined],
  ])('%s is not a school sanction: %s', (text, system) => {
    const read = readSanctionText(text);
    expect(read.notSchool).toBe(system);
    if (system) expect(read.level).toBeUndefined();
  });

  it('keeps the school level when the text also names another measure', () => {
    expect(readSanctionText('警告处分，团内警告')).toMatchObject({ level: '警告' });
    expect(readSanctionText('开除学籍、开除团籍')).toMatchObject({
      level: '开除学籍',
      ends: 'league',
    });
  });

  it('says which membership a sanction ends', () => {
    expect(readSanctionText('开除团籍').ends).toBe('league');
    expect(readSanctionText('开除党籍').ends).toBe('party');
    expect(readSanctionText('取消预备党员资格').ends).toBe('probationary');
    expect(readSanctionText('团内警告').ends).toBeUndefined();
    expect(readSanctionText('开除学籍').ends).toBeUndefined();
  });

  it.each([
    ['严重警告处分（已解除）', true],
    ['警告（已撤销）', true],
    ['撤销记过处分', true],
    ['记过（未解除）', false],
    ['记过（尚未解除）', false],
    ['留校察看（察看期内）', false],
    ['记过', undefined],
    ['撤销团内职务', undefined],
  ])('reads lifting said in the text: %s → %s', (text, lifted) => {
    expect(readSanctionText(text).lifted).toBe(lifted);
  });

  it.each([
    ['受到记过处分（2024年10月8日）', '2024-10-08'],
    ['2024-10-08 警告', '2024-10-08'],
    ['警告 2024/3/5', '2024-03-05'],
    ['警告（２０２４年３月５日）', '2024-03-05'],
    ['警告（2024年13月5日）', undefined],
    ['警告', undefined],
  ])('reads a date written in the text: %s → %s', (text, date) => {
    expect(readSanctionText(text).date).toBe(date);
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
