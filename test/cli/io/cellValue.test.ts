import type ExcelJS from 'exceljs';
import { fromExcelJsValue } from '../../../src/cli/io/cellValue';

describe('fromExcelJsValue', () => {
  const date = new Date(Date.UTC(2024, 8, 1));
  it.each<[string, ExcelJS.CellValue | { sharedString: number }, unknown]>([
    ['number', 2531020000001, 2531020000001],
    ['string', '0012', '0012'],
    ['empty string', '', null],
    ['null', null, null],
    ['undefined', undefined, null],
    ['boolean', false, false],
    ['date', date, date],
    ['error', { error: '#N/A' }, { error: '#N/A' }],
    [
      'rich text',
      { richText: [{ text: '共青' }, { text: '团员', font: { bold: true } }] },
      '共青团员',
    ],
    ['hyperlink', { text: '查看', hyperlink: '#Sheet1!A1' }, '查看'],
    ['formula with number', { formula: 'A1+1', result: 3 }, 3],
    ['formula with text', { formula: 'A1&""', result: 'x' }, 'x'],
    ['formula with error', { formula: 'NA()', result: { error: '#N/A' } }, { error: '#N/A' }],
    ['formula with date', { formula: 'TODAY()', result: date }, date],
    ['formula with boolean', { formula: '1=1', result: true }, true],
    ['formula without result', { formula: 'NOW()' }, null],
    ['shared formula', { sharedFormula: 'A1', result: 7 }, 7],
    ['shared string', { sharedString: 1 }, '第二'],
  ])('%s', (_label, value, expected) => {
    expect(fromExcelJsValue(value, ['第一', '第二'])).toEqual(expected);
  });

  it('reads rich text inside a hyperlink', () => {
    const value = {
      text: { richText: [{ text: 'a' }, { text: 'b' }] },
      hyperlink: 'x',
    } as unknown as ExcelJS.CellValue;
    expect(fromExcelJsValue(value)).toBe('ab');
  });
});
