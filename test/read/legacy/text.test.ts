import iconv from 'iconv-lite';
import { readLegacy, sniffFormat } from '../../../src/read/legacy';
import { collector, rowsOf } from './collect';

async function read(bytes: Uint8Array, file: string) {
  const { visitor, sheets } = collector();
  await readLegacy(bytes, file, visitor);
  return sheets;
}

const TSV =
  '学号\t姓名\t备注\r\n00123\t张三\t"含\t制表符"\r\n\r\n202300101012345678\t李四\t"第一行\n第二行 ""引号"""\r\n="007"\t王五\t\r\n';
const EXPECTED = new Map([
  [1, ['学号', '姓名', '备注']],
  [2, ['00123', '张三', '含\t制表符']],
  [4, ['202300101012345678', '李四', '第一行\n第二行 "引号"']],
  [5, ['007', '王五']],
]);

describe('delimited text saved as .xls', () => {
  it.each([
    ['UTF-8', new Uint8Array(Buffer.from(TSV, 'utf8'))],
    ['UTF-8 with BOM', new Uint8Array(Buffer.from(`\ufeff${TSV}`, 'utf8'))],
    ['GB18030', new Uint8Array(iconv.encode(TSV, 'gb18030'))],
    [
      "UTF-16LE with BOM (Excel's Unicode text)",
      new Uint8Array(iconv.encode(`\ufeff${TSV}`, 'utf-16le')),
    ],
    ['UTF-16BE with BOM', new Uint8Array(iconv.encode(`\ufeff${TSV}`, 'utf-16be'))],
  ])(
    'reads tab-separated %s as one sheet named after the file, IDs as text',
    async (_label, bytes) => {
      expect(sniffFormat(bytes)).toBe('text');
      const sheets = await read(bytes, '成绩导出.xls');
      expect(sheets.map((s) => s.sheet)).toEqual(['成绩导出']);
      expect(rowsOf(sheets, '成绩导出')).toEqual(EXPECTED);
    },
  );

  it('reads a CSV that a system named .xls', async () => {
    const bytes = new Uint8Array(iconv.encode('学号,姓名\n00123,"张,三"\n', 'gbk'));
    expect(rowsOf(await read(bytes, 'a.xls'), 'a')).toEqual(
      new Map([
        [1, ['学号', '姓名']],
        [2, ['00123', '张,三']],
      ]),
    );
  });
});
