import * as B from './biffBuilder';
import { readBytes } from '../readBytes';

// The .xls side of a cell whose value cannot be what its record says: named by sheet and cell,
// never read as an empty cell or a missing name.

describe('a bad cell in an .xls', () => {
  const xls = (cells: Uint8Array[], sst: string[] = ['张三']) =>
    B.xlsFile(
      B.workbookStream(
        [
          B.xf(0),
          B.record(0x00fc, [
            ...B.le([sst.length, 4], [sst.length, 4]),
            ...sst.flatMap((s) => B.xlString(s)),
          ]),
        ],
        [{ name: '成绩', cells }],
      ),
    );

  it('refuses a shared-string index past the table, naming sheet and cell', async () => {
    const { error } = await readBytes(xls([B.labelSst(2, 3, 0, 5)]), '成绩.xls');
    expect(error?.messageKey).toBe('io.badSharedString');
    expect(error?.params).toEqual({
      file: '成绩.xls',
      sheet: '成绩',
      cell: 'D3',
      index: '5',
      count: 1,
    });
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])('refuses a NUMBER record holding %s instead of reading it as empty', async (text, v) => {
    const { error } = await readBytes(xls([B.number(2, 3, 0, v)]), '成绩.xls');
    expect(error?.messageKey).toBe('io.badNumber');
    expect(error?.params).toEqual({ file: '成绩.xls', sheet: '成绩', cell: 'D3', text });
  });
});
