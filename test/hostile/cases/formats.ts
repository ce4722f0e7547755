/**
 * 格式: files whose name says one thing and whose bytes another (item 10 of the reliability issue).
 * Each must be read for what it is, or refused with a message saying what it is and what to do.
 */
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { cellString } from '../../../scripts/hostile/grids';
import { csvText } from '../../../scripts/hostile/files';
import { rosterSheet } from '../../../scripts/hostile/people';
import { xlsxBytes } from '../../../scripts/hostile/xlsx';
import type { HostileCase, Outcome } from '../types';
import { CHEN_POLITICAL, result, unionMembers, warning } from './outcomes';
import type { MessageKey } from '../../../src/core/messages';

const G = 'formats';
const notCore = { skip: 'raw bytes need a reader; the core takes cells' };
const refused = (key: MessageKey, params: Record<string, string>): Outcome => ({
  kind: 'file',
  key,
  params,
});
const roster = () => ({ ...rosterSheet(), name: '名单', merges: [] });
const text = (s: string) => new TextEncoder().encode(s);

/** The roster as UTF-8 CSV with one byte of another encoding before 王芳's 专业 (row 6, E). */
function rosterWithBadByte(): Uint8Array {
  const good = Buffer.from(csvText(roster()));
  const major = Buffer.from('软件技术');
  let at = -1;
  for (let n = 0; n < 3; n++) at = good.indexOf(major, at + 1);
  return new Uint8Array(
    Buffer.concat([good.subarray(0, at), Buffer.from([0xe6]), good.subarray(at)]),
  );
}

/** Excel's "Unicode text": UTF-16LE with a byte-order mark, tab-separated, CRLF. */
function rosterUnicodeText(): Uint8Array {
  const lines = roster().rows.map((row) => row.map((c) => cellString(c)).join('\t'));
  return new Uint8Array(iconv.encode(`${lines.join('\r\n')}\r\n`, 'utf-16le', { addBOM: true }));
}

async function zipOf(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, body] of Object.entries(parts)) zip.file(name, body);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A real two-sheet workbook whose second sheet's XML breaks off inside a cell. */
async function brokenSecondSheet(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(
    await xlsxBytes([rosterSheet(), { ...rosterSheet(), name: '备份' }]),
  );
  zip.file('xl/worksheets/sheet2.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const HTML_TABLE =
  '\uFEFF\r\n<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head>' +
  '<body><table><tr><td>学号</td><td>姓名</td></tr><tr><td>2023030201001</td><td>张伟</td></tr></table></body></html>';

const XML_2003 =
  '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
  '<Worksheet ss:Name="名单"><Table><Row><Cell><Data ss:Type="String">学号</Data></Cell><Cell><Data ss:Type="String">姓名</Data></Cell></Row>' +
  '<Row><Cell><Data ss:Type="String">2023030201001</Data></Cell><Cell><Data ss:Type="String">张伟</Data></Cell></Row></Table></Worksheet></Workbook>';

/** What a teacher gets from either page: the one member they hold, read for what it is. */
const oneMember = (): Outcome =>
  result({ '2023030201001': { name: '张伟', status: 'eligible' } }, []);

export const FORMAT_CASES: HostileCase[] = [
  {
    id: 'csv-utf8-bad-byte',
    group: G,
    input: {
      zh: 'UTF-8 名单 .csv 中有一个坏字节（第 6 行 E 列）',
      en: 'A UTF-8 roster .csv with one bad byte (row 6, column E)',
    },
    files: () => [{ name: '名单.csv', bytes: rosterWithBadByte() }],
    policy: 'roster',
    expect: result(
      unionMembers(),
      [CHEN_POLITICAL],
      [warning('io.csvBadBytes', '名单', 6, 5, { count: 1, col: 'E' })],
    ),
    hosts: { core: notCore },
  },
  {
    id: 'csv-unicode-text',
    group: G,
    input: {
      zh: 'Excel “Unicode 文本”（UTF-16LE 带 BOM、制表符分隔）另存为 名单.csv',
      en: 'Excel “Unicode text” (UTF-16LE with BOM, tab-separated) saved as 名单.csv',
    },
    files: () => [{ name: '名单.csv', bytes: rosterUnicodeText() }],
    policy: 'roster',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
    hosts: { core: notCore },
  },
  {
    id: 'html-as-xls',
    group: G,
    input: {
      zh: '网页（HTML 表格，前有 BOM 和空行）保存为 .xls',
      en: 'A web page (HTML table, after a BOM and a blank line) saved as .xls',
    },
    files: () => [{ name: '成绩导出.xls', bytes: text(HTML_TABLE) }],
    policy: 'roster',
    // Read: a web system's "Excel" export is what many teachers have.
    expect: oneMember(),
    hosts: { core: notCore },
  },
  {
    id: 'xml-2003-as-xls',
    group: G,
    input: { zh: '“XML 电子表格 2003” 保存为 .xls', en: 'An XML Spreadsheet 2003 saved as .xls' },
    files: () => [{ name: '名单.xls', bytes: text(XML_2003) }],
    policy: 'roster',
    expect: oneMember(),
    hosts: { core: notCore },
  },
  {
    id: 'xlsb-renamed',
    group: G,
    input: { zh: '.xlsb 改名为 .xlsx', en: 'An .xlsb renamed to .xlsx' },
    files: () => [
      {
        name: '名单.xlsx',
        build: () =>
          zipOf({
            '[Content_Types].xml': '<Types/>',
            '_rels/.rels': '<Relationships/>',
            'xl/workbook.bin': '\u0083\u0001',
          }),
      },
    ],
    policy: 'roster',
    expect: refused('io.xlsb', { file: '名单.xlsx', ext: '.xlsx' }),
    hosts: { core: notCore },
  },
  {
    id: 'docx-renamed',
    group: G,
    input: { zh: 'Word 文档改名为 .xlsx', en: 'A Word document renamed to .xlsx' },
    files: () => [
      {
        name: '名单.xlsx',
        build: () =>
          zipOf({ '_rels/.rels': '<Relationships/>', 'word/document.xml': '<w:document/>' }),
      },
    ],
    policy: 'roster',
    expect: refused('io.zipNotWorkbook', { file: '名单.xlsx' }),
    hosts: { core: notCore },
  },
  {
    id: 'xls-renamed-csv',
    group: G,
    input: {
      zh: '损坏的旧版 .xls（只有文件头）改名为 .csv',
      en: 'A damaged old .xls (header only) renamed to .csv',
    },
    files: () => [
      {
        name: '名单.csv',
        bytes: Uint8Array.from(
          { length: 1024 },
          (_, i) => [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1][i] ?? 0,
        ),
      },
    ],
    policy: 'roster',
    // Read by content as an .xls, whose damage is named (a sound one would be read).
    expect: refused('io.legacy.damaged', { file: '名单.csv' }),
    hosts: { core: notCore },
  },
  {
    id: 'damaged-second-sheet',
    group: G,
    input: {
      zh: '第二张工作表「备份」的内容中途截断的 .xlsx',
      en: 'An .xlsx whose second sheet 备份 breaks off',
    },
    files: () => [{ name: '名单.xlsx', build: brokenSecondSheet }],
    policy: 'roster',
    expect: refused('io.damagedSheet', { file: '名单.xlsx', sheet: '备份' }),
    hosts: { core: notCore },
  },
];
