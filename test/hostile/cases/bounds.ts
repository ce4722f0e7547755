/**
 * 边界: files a real school workbook never is, built to exhaust or mislead the reader (items 3–5,
 * 7–9 of the reliability issue): row and column numbers past Excel's grid, a sheet cut off between
 * rows, parts that inflate far past any real workbook, markup hidden in a DOCTYPE, and a legal
 * workbook at the grid's edges (a header reaching XFD, a cell longer than Excel holds).
 */
import JSZip from 'jszip';
import { rosterSheet } from '../../../scripts/hostile/people';
import type { SpecCell } from '../../../scripts/hostile/spec';
import { xlsxBytes } from '../../../scripts/hostile/xlsx';
import type { HostileCase, Outcome } from '../types';
import { CHEN_POLITICAL, result, unionMembers } from './outcomes';
import type { MessageKey } from '../../../src/core/messages';

const G = 'bounds';
const SHEET = 'xl/worksheets/sheet1.xml';
const notCore = { skip: 'raw bytes need a reader; the core takes cells' };
/** Excel refuses to open these files, so the add-in never sees them; the pane's import does. */
const excelRefuses = { skip: 'Excel itself does not open this file; only the reader meets it' };
const refused = (key: MessageKey, params: Record<string, string | number>): Outcome => ({
  kind: 'file',
  key,
  params,
});
const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** The standard roster as .xlsx with its sheet's XML (and, if given, other parts) rewritten. */
async function rosterWith(
  sheet: (xml: string) => string,
  parts: Record<string, string> = {},
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await xlsxBytes([rosterSheet()]));
  const xml = await zip.file(SHEET)?.async('string');
  if (xml === undefined) throw new Error(`${SHEET} missing`);
  zip.file(SHEET, sheet(xml));
  for (const [name, body] of Object.entries(parts)) zip.file(name, body);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const beforeSheetDataEnd = (extra: string) => (xml: string) =>
  xml.replace('</sheetData>', `${extra}</sheetData>`);

/** 10,000,001 one-character items: a few MB on disk, past the reader's bound of items. */
function sharedStringsBomb(): string {
  const count = 10_000_001;
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">${'<si><t>x</t></si>'.repeat(count)}</sst>`;
}

/** A styles part of 70 MB (a comment of spaces): it deflates to almost nothing. */
function stylesBomb(): string {
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!--${' '.repeat(70 * 1024 * 1024)}--></styleSheet>`;
}

/** A DOCTYPE whose entity holds a whole row of markup, used nowhere: it must change nothing. */
const DOCTYPE =
  "<!DOCTYPE worksheet [<!ENTITY row \"<row r='99'><c r='A99' t='inlineStr'><is><t>冒名</t></is></c></row>\">]>";

/** The roster with a note column at XFD (the last column) and a 40,000-character note. */
function edgeRoster() {
  const base = rosterSheet();
  const pad = (n: number): SpecCell[] => Array.from({ length: n }, () => null);
  const rows = base.rows.map((row, i) => {
    if (i === 2) return [...row, ...pad(16_384 - row.length - 1), '备注'];
    if (i === 3) return [...row, ...pad(16_384 - row.length - 1), '长'.repeat(40_000)];
    return row;
  });
  return { ...base, rows };
}

export const BOUNDS_CASES: HostileCase[] = [
  {
    id: 'row-past-grid',
    group: G,
    input: {
      zh: '名单工作表中有行号 4,294,967,294（超过 Excel 的 1,048,576 行）',
      en: 'A roster sheet with row number 4,294,967,294 (past Excel’s 1,048,576 rows)',
    },
    files: () => [
      {
        name: '名单.xlsx',
        build: () =>
          rosterWith(
            beforeSheetDataEnd(`<row r="4294967294">${inline('A4294967294', '远处')}</row>`),
          ),
      },
    ],
    policy: 'roster',
    expect: refused('io.rowBeyond', { file: '名单.xlsx', sheet: '学生会名单', row: 4294967294 }),
    hosts: { core: notCore, adapter: excelRefuses },
  },
  {
    id: 'column-past-grid',
    group: G,
    input: {
      zh: '名单工作表中有单元格 XFE20（超过最后一列 XFD）',
      en: 'A roster sheet with cell XFE20 (past the last column XFD)',
    },
    files: () => [
      {
        name: '名单.xlsx',
        build: () => rosterWith(beforeSheetDataEnd(`<row r="20">${inline('XFE20', '远处')}</row>`)),
      },
    ],
    policy: 'roster',
    expect: refused('io.columnBeyond', { file: '名单.xlsx', sheet: '学生会名单', cell: 'XFE20' }),
    hosts: { core: notCore, adapter: excelRefuses },
  },
  {
    id: 'sheet-cut-between-rows',
    group: G,
    input: {
      zh: '名单工作表的 XML 在两行之间被截断（只剩前 7 行）',
      en: 'A roster sheet whose XML is cut off between rows (7 rows left)',
    },
    files: () => [
      {
        name: '名单.xlsx',
        build: () => rosterWith((xml) => xml.slice(0, xml.indexOf('<row r="8"'))),
      },
    ],
    policy: 'roster',
    expect: refused('io.damagedSheet', { file: '名单.xlsx', sheet: '学生会名单' }),
    hosts: { core: notCore, adapter: excelRefuses },
  },
  {
    id: 'shared-strings-bomb',
    group: G,
    input: {
      zh: '共享字符串表有 10,000,001 项（文件只有几 MB）',
      en: 'A shared-strings table of 10,000,001 items (a file of a few MB)',
    },
    files: () => [
      {
        name: '名单.xlsx',
        build: () => rosterWith((xml) => xml, { 'xl/sharedStrings.xml': sharedStringsBomb() }),
      },
    ],
    policy: 'roster',
    expect: refused('io.tooMany', {
      file: '名单.xlsx',
      part: 'xl/sharedStrings.xml',
      limit: '10,000,000',
    }),
    hosts: { core: notCore, adapter: excelRefuses },
  },
  {
    id: 'styles-bomb',
    group: G,
    input: {
      zh: '样式部件解压后 70 MB（压缩后不到 100 KB）',
      en: 'A styles part that inflates to 70 MB (under 100 KB compressed)',
    },
    files: () => [
      {
        name: '名单.xlsx',
        build: () => rosterWith((xml) => xml, { 'xl/styles.xml': stylesBomb() }),
      },
    ],
    policy: 'roster',
    expect: refused('io.tooBig', { file: '名单.xlsx', part: 'xl/styles.xml', limit: '64 MB' }),
    hosts: { core: notCore, adapter: excelRefuses },
  },
  {
    id: 'doctype-entity-markup',
    group: G,
    input: {
      zh: '工作表 XML 带 DOCTYPE，实体声明里藏着一整行“冒名”的单元格',
      en: 'A sheet XML with a DOCTYPE whose entity declaration hides a whole row of markup',
    },
    files: () => [
      {
        name: '名单.xlsx',
        build: () => rosterWith((xml) => xml.replace('<worksheet', `${DOCTYPE}<worksheet`)),
      },
    ],
    policy: 'roster',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
    hosts: { core: notCore, adapter: excelRefuses },
  },
  {
    id: 'grid-edges',
    group: G,
    input: {
      zh: '名单表头一直到最后一列 XFD（备注），一位成员的备注有 40,000 个字',
      en: 'A roster header reaching the last column XFD (备注), one member’s note 40,000 characters long',
    },
    files: () => [{ name: '名单.xlsx', sheets: [edgeRoster()] }],
    policy: 'roster',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
  },
];
