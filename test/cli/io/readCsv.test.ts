import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { InputFileError } from '../../../src/read/errors';
import { readCsvRows } from '../../../src/cli/io/readCsv';
import { collector, makeTempDir, removeTempDir } from './helpers';
import type { Issue } from '../../../src/core/issue';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('csv');
});
afterAll(async () => {
  await removeTempDir(dir);
});

const ROSTER =
  '序号,姓名,学号,部门,职务,备注\r\n' +
  '1,张三,2531020000001,学习部,部长,"含逗号,和""引号"""\r\n' +
  '\r\n' +
  '2,李四,0012,"文体部","干事","第一行\r\n第二行"\r\n' +
  '3,王五,="0034",=SUM(A1),+86,@y,,,\r\n' +
  ',,,\r\n' +
  '4,赵六,-x,,,';

const EXPECTED = [
  { row: 1, cells: ['序号', '姓名', '学号', '部门', '职务', '备注'] },
  { row: 2, cells: ['1', '张三', '2531020000001', '学习部', '部长', '含逗号,和"引号"'] },
  { row: 4, cells: ['2', '李四', '0012', '文体部', '干事', '第一行\r\n第二行'] },
  { row: 5, cells: ['3', '王五', '0034', '=SUM(A1)', '+86', '@y'] },
  { row: 7, cells: ['4', '赵六', '-x'] },
];

async function readBytes(name: string, bytes: Buffer): Promise<ReturnType<typeof collector>> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const result = collector();
  await readCsvRows(path, result.visitor);
  return result;
}

describe('readCsvRows', () => {
  it.each([
    ['GB18030 (Chinese Excel)', iconv.encode(ROSTER, 'gb18030')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ROSTER)])],
    ['plain UTF-8', Buffer.from(ROSTER)],
    ['UTF-16LE with BOM', iconv.encode(ROSTER, 'utf-16le', { addBOM: true })],
    ['UTF-16LE without BOM', iconv.encode(ROSTER, 'utf-16le')],
    ['UTF-16BE with BOM', iconv.encode(ROSTER, 'utf-16be', { addBOM: true })],
  ])('reads %s as text, one sheet named after the file', async (_label, bytes) => {
    const { seen, sheets } = await readBytes('学生会名单.csv', bytes);
    // `displayed`: a CSV holds the text a program showed, so an 18-digit 学号 may have lost digits.
    expect(seen).toEqual([
      { file: '学生会名单.csv', sheet: '学生会名单', hidden: false, displayed: true },
    ]);
    expect(sheets[0]!.rows).toEqual(EXPECTED);
    expect(sheets[0]!.ended).toBe(true);
  });

  it('reads Excel "Unicode text" (UTF-16LE, BOM, tabs) saved as .csv, tabs as separators', async () => {
    const text = '学号\t姓名\t备注\r\n0012\t张三\t"a,b"\r\n0034\t李四\t\r\n';
    const { sheets } = await readBytes(
      '名单.csv',
      iconv.encode(text, 'utf-16le', { addBOM: true }),
    );
    expect(sheets[0]!.rows).toEqual([
      { row: 1, cells: ['学号', '姓名', '备注'] },
      { row: 2, cells: ['0012', '张三', 'a,b'] },
      { row: 3, cells: ['0034', '李四'] },
    ]);
  });

  it('reads UTF-8 with one bad byte as UTF-8 and says where the byte was', async () => {
    const good = Buffer.from(ROSTER);
    const at = good.indexOf(Buffer.from('李四'));
    const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0xe6]), good.subarray(at)]);
    const path = join(dir, '坏字节.csv');
    await writeFile(path, bytes);
    const result = collector();
    const notices: Issue[] = [];
    await readCsvRows(path, { ...result.visitor, notice: (i) => notices.push(i) });
    const rows = result.sheets[0]!.rows;
    expect(rows[0]).toEqual(EXPECTED[0]);
    expect(rows[2]).toEqual({
      row: 4,
      cells: ['2', '\uFFFD李四', '0012', '文体部', '干事', '第一行\r\n第二行'],
    });
    expect(notices).toEqual([
      {
        severity: 'warning',
        messageKey: 'io.csvBadBytes',
        params: { file: '坏字节.csv', sheet: '坏字节', count: 1, row: 4, col: 'B' },
        ref: { file: '坏字节.csv', sheet: '坏字节', row: 4, col: 2 },
      },
    ]);
  });

  it('gives no notice for a clean file', async () => {
    const path = join(dir, 'clean.csv');
    await writeFile(path, Buffer.from(ROSTER));
    const notices: Issue[] = [];
    await readCsvRows(path, { ...collector().visitor, notice: (i) => notices.push(i) });
    expect(notices).toEqual([]);
  });

  it('detects GB18030 even when the first Chinese text is far into the file', async () => {
    const text = 'id,score\n' + 'x,1\n'.repeat(50000) + '张三,88\n';
    const { sheets } = await readBytes('late.csv', iconv.encode(text, 'gb18030'));
    expect(sheets[0]!.rows.at(-1)).toEqual({ row: 50002, cells: ['张三', '88'] });
  });

  it('reads a big UTF-8 file in chunks without splitting characters', async () => {
    const lines = Array.from(
      { length: 30000 },
      (_, i) => `${i},学生会成员第${i}号,"备注：共青团员,学习部"`,
    );
    const { sheets } = await readBytes('big.csv', Buffer.from(lines.join('\n')));
    const rows = sheets[0]!.rows;
    expect(rows).toHaveLength(30000);
    expect(rows.filter((r) => r.cells[1] !== `学生会成员第${r.row - 1}号`)).toEqual([]);
  });

  it('reports an unclosed quote with its row instead of swallowing the rest', async () => {
    const path = join(dir, 'quote.csv');
    await writeFile(path, 'a,b\n1,"oops\n2,3\n');
    const error: unknown = await readCsvRows(path, collector().visitor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).messageKey).toBe('io.csvQuote');
    expect((error as InputFileError).params).toEqual({ row: 2, file: 'quote.csv' });
    expect((error as InputFileError).message).toContain('第 2 行');
  });

  // A real row is at most a few KB; past 1 MB characters the parser would otherwise hold the whole
  // rest of the file (a line without a break, or a quote never closed) as one field.
  describe('a row beyond any real sheet', () => {
    const huge = 'x'.repeat(3 * 1024 * 1024);
    const refused = async (name: string, text: string) => {
      const path = join(dir, name);
      await writeFile(path, text);
      const error: unknown = await readCsvRows(path, collector().visitor).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputFileError);
      return error as InputFileError;
    };

    it('refuses one enormous line, naming the file and the row it starts on', async () => {
      const error = await refused('line.csv', `a,b\n1,2\n3,${huge}`);
      expect(error.messageKey).toBe('io.csvRowTooLong');
      expect(error.params).toEqual({ row: 3, file: 'line.csv', limit: '1,048,576' });
      expect(error.message).toContain('第 3 行');
    });

    it('refuses a quote left open to the end of a big file at the row the field starts', async () => {
      const lines = `1,"open\n${'2,3\n'.repeat(400000)}`;
      const error = await refused('open.csv', `a,b\n${lines}`);
      expect(error.messageKey).toBe('io.csvRowTooLong');
      expect(error.params).toMatchObject({ row: 2, file: 'open.csv' });
    });

    it('refuses a line of a million separators (a row of empty fields is no smaller)', async () => {
      const error = await refused('commas.csv', `a,b\n${','.repeat(2 * 1024 * 1024)}\n`);
      expect(error.params).toMatchObject({ row: 2, file: 'commas.csv' });
    });

    it('counts a doubled quote inside a quoted field as the character it stands for', async () => {
      const error = await refused('quotes.csv', `a,b\n1,"${'""'.repeat(1100000)}"\n`);
      expect(error.params).toMatchObject({ row: 2, file: 'quotes.csv' });
    });

    it('still reads a long but real row (a 100,000-character remark)', async () => {
      const { sheets } = await readBytes(
        'long.csv',
        Buffer.from(`a,b\n1,"${'备'.repeat(100000)}"\n`),
      );
      expect(sheets[0]!.rows[1]!.cells[1]).toHaveLength(100000);
    });
  });

  it('does not parse the file when the visitor skips the sheet', async () => {
    const { sheets, seen } = await (async () => {
      const path = join(dir, 'skip.csv');
      await writeFile(path, 'a,"unclosed\n');
      const result = collector(() => true);
      await readCsvRows(path, result.visitor);
      return result;
    })();
    expect(seen).toHaveLength(1);
    expect(sheets).toEqual([]);
  });
});
