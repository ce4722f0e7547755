import { sniffContent } from '../../../src/read/sniff';
import { readBytes } from '../readBytes';

// Control characters (NUL, BEL, ESC …) come into a CSV from a broken export or a pasted field; a
// name '张\0三' never matches '张三' in another sheet, and a report cell cannot hold it. They are
// dropped and the teacher is told where, and a text table with a few of them is still text.
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++)
    out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
  return out;
};
const ROSTER =
  '学号,姓名,部门\r\n2023001,张\u0000三,学习部\r\n2023002,李四,文体\u0007部\r\n2023003\u001b,王五,\u0000\r\n';
const notice = (file: string, sheet: string) => ({
  severity: 'warning',
  messageKey: 'io.controlChars',
  params: { file, sheet, count: 4, row: 2, col: 'B' },
  ref: { file, sheet, row: 2, col: 2 },
});
const ROWS = [
  [1, ['学号', '姓名', '部门']],
  [2, ['2023001', '张三', '学习部']],
  [3, ['2023002', '李四', '文体部']],
  [4, ['2023003', '王五']],
];

describe('control characters inside a text table', () => {
  it('are dropped from a UTF-8 CSV, with one notice naming file, row and column', async () => {
    const { error, sheets, notices } = await readBytes(utf8(ROSTER), '名单.csv');
    expect(error).toBeUndefined();
    expect(sheets[0]?.rows).toEqual(ROWS);
    expect(notices).toEqual([notice('名单.csv', '名单')]);
  });

  it('are dropped from a UTF-16 CSV (Excel’s Unicode text) the same way', async () => {
    const { error, sheets, notices } = await readBytes(utf16le(ROSTER), '名单.csv');
    expect(error).toBeUndefined();
    expect(sheets[0]?.rows).toEqual(ROWS);
    expect(notices).toEqual([notice('名单.csv', '名单')]);
  });

  it('are dropped from tab-separated text saved as .xls the same way', async () => {
    const { error, sheets, notices } = await readBytes(
      utf8(ROSTER.replace(/,/g, '\t')),
      '名单.xls',
    );
    expect(error).toBeUndefined();
    expect(sheets[0]?.rows).toEqual(ROWS);
    expect(notices.filter((n) => n.messageKey === 'io.controlChars')).toEqual([
      notice('名单.xls', '名单'),
    ]);
  });

  it('keep tabs and line breaks inside quoted fields', async () => {
    const { sheets, notices } = await readBytes(
      utf8('姓名,备注\r\n张三,"第一行\n第二行\t尾"\r\n'),
      '名单.csv',
    );
    expect(sheets[0]?.rows[1]).toEqual([2, ['张三', '第一行\n第二行\t尾']]);
    expect(notices).toEqual([]);
  });

  it('do not make the sniffer take a text table for binary; real binary is still refused', async () => {
    expect(sniffContent(utf8(ROSTER))).toBe('text');
    expect(sniffContent(utf16le(ROSTER))).toBe('text');
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    expect(sniffContent(binary)).toBe('binary');
    const { error } = await readBytes(binary, '名单.csv');
    expect(error?.messageKey).toBe('io.notTable');
  });
});
