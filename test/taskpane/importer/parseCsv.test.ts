import iconv from 'iconv-lite';
import { csvSheetName, parseCsv } from '../../../src/taskpane/importer/parseCsv';
import { decodeText } from '../../../src/taskpane/importer/decodeText';

const TEXT = '学号,姓名,成绩\r\n="0012",张三,85\r\n\r\n2023001,"李,四",不及格\r\n';

describe('decodeText', () => {
  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('学号', 'utf8')]);
    expect(decodeText(bytes)).toBe('学号');
  });

  it('reads GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array(iconv.encode(TEXT, 'gb18030')))).toBe(TEXT);
  });

  it('reads UTF-16LE with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('姓名', 'utf16le')]);
    expect(decodeText(bytes)).toBe('姓名');
  });
});

describe('parseCsv', () => {
  it.each([
    ['utf8', new Uint8Array(Buffer.from(TEXT, 'utf8'))],
    ['gb18030', new Uint8Array(iconv.encode(TEXT, 'gb18030'))],
  ])('gives the same sheet from %s bytes, IDs as text, blank rows kept in place', (_, bytes) => {
    const sheet = parseCsv('成绩.csv', bytes);
    expect(sheet.sheet).toBe('成绩');
    expect(sheet.file).toBe('成绩.csv');
    expect(sheet.rows).toEqual([
      ['学号', '姓名', '成绩'],
      ['0012', '张三', '85'],
      [],
      ['2023001', '李,四', '不及格'],
    ]);
  });

  it('rejects an unclosed quote, naming its row', () => {
    let thrown: unknown;
    try {
      parseCsv('a.csv', new Uint8Array(Buffer.from('a,b\n1,"oops\n2,3\n')));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ messageKey: 'io.csvQuote', params: { row: 2 } });
  });

  it('names a sheet after its file', () => {
    expect(csvSheetName('2024级.成绩.csv')).toBe('2024级.成绩');
  });
});
