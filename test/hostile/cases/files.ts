/** 文件: legacy .xls, damaged and fake .xlsx, empty files, CSV in GB18030 and UTF-8 with BOM. */
import { gradeRows, gradeSheet, IDS, rosterSheet } from '../../../scripts/hostile/people';
import { writeCfb } from '../../read/legacy/cfbWriter';
import type { HostileCase, Outcome } from '../types';
import { CHEN_POLITICAL, result, unionMembers } from './outcomes';
import type { MessageKey } from '../../../src/core/messages';

const G = 'files';
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ole = () => Uint8Array.from({ length: 1024 }, (_, i) => OLE[i] ?? 0);
/** What Excel writes for an .xlsx with an open password: a compound file with the package encrypted. */
const encryptedXlsx = () =>
  writeCfb([
    { name: 'EncryptionInfo', data: new Uint8Array(64).fill(4) },
    { name: 'EncryptedPackage', data: new Uint8Array(4096).fill(7) },
  ]);
const notCore = { skip: 'a file the reader refuses never reaches the core' };
const fileError = (key: MessageKey, file: string): Outcome => ({
  kind: 'file',
  key,
  params: { file },
});
const failingGrades = () =>
  gradeSheet(gradeRows(undefined, (i, c) => (i === 5 && c === 1 ? 58 : 85)));

/** A roster workbook plus one grade CSV: the CLI reads both files; the pane imports the CSV. */
function csvCase(encoding: 'gb18030' | 'utf8-bom'): HostileCase {
  const name = encoding === 'gb18030' ? 'grades-gb18030.csv' : 'grades-utf8-bom.csv';
  return {
    id: `csv-${encoding}`,
    group: G,
    input: {
      zh: `名单 .xlsx 加成绩 ${encoding === 'gb18030' ? 'GB18030 编码（中文 Excel 默认）' : 'UTF-8 带 BOM'} 的 .csv；杨帆 大学英语 58 分`,
      en: `A roster .xlsx plus a grade .csv in ${encoding === 'gb18030' ? 'GB18030 (Chinese Excel’s default)' : 'UTF-8 with BOM'}; 杨帆 failed one course`,
    },
    files: () => [
      { name: 'roster.xlsx', sheets: [rosterSheet()] },
      { name, csv: { ...failingGrades(), name: name.replace(/\.csv$/, '') }, encoding },
    ],
    policy: 'grades',
    expect: result(unionMembers({ 杨帆: 'ineligible' }), [
      CHEN_POLITICAL,
      `violation:failed:${IDS[5]!}`,
    ]),
  };
}

export const FILE_CASES: HostileCase[] = [
  {
    id: 'legacy-xls',
    group: G,
    input: {
      zh: '损坏的旧版 .xls 文件（只有文件头）',
      en: 'A damaged legacy .xls file (header only)',
    },
    files: () => [{ name: '学生会名单.xls', bytes: ole() }],
    policy: 'roster',
    // Old .xls files are read now; this one's damage is named.
    expect: fileError('io.legacy.damaged', '学生会名单.xls'),
    hosts: { core: notCore },
  },
  {
    id: 'damaged-xlsx',
    group: G,
    input: {
      zh: '损坏的 .xlsx（下载中断，只剩前 1,500 字节）',
      en: 'A damaged .xlsx (download cut off after 1,500 bytes)',
    },
    files: () => [{ name: 'damaged.xlsx', truncated: [rosterSheet()], keep: 1500 }],
    policy: 'roster',
    expect: fileError('io.zipDamaged', 'damaged.xlsx'),
    hosts: { core: notCore },
  },
  {
    id: 'xls-renamed-xlsx',
    group: G,
    input: {
      zh: '设了打开密码的 .xlsx（Excel 把它存成加密的复合文件）',
      en: 'A password-protected .xlsx (Excel stores it as an encrypted compound file)',
    },
    files: () => [{ name: 'renamed.xlsx', bytes: encryptedXlsx() }],
    policy: 'roster',
    // Refused, and told how to remove the password.
    expect: fileError('io.legacy.encrypted', 'renamed.xlsx'),
    hosts: { core: notCore },
  },
  {
    id: 'text-as-xlsx',
    group: G,
    input: { zh: '文本文件改名为 .xlsx', en: 'A text file renamed to .xlsx' },
    files: () => [
      { name: 'notes.xlsx', bytes: new TextEncoder().encode('学号,姓名\n2023,张伟\n') },
    ],
    policy: 'roster',
    // Read for what it is (a CSV), and said so: one member with 学号 and 姓名, nothing to judge.
    expect: result(
      { '2023': { name: '张伟', status: 'eligible' } },
      [],
      [{ key: 'io.readAsText', severity: 'warning', params: { file: 'notes.xlsx', ext: '.xlsx' } }],
    ),
    hosts: { core: notCore },
  },
  {
    id: 'zero-bytes',
    group: G,
    input: { zh: '0 字节的 .xlsx', en: 'A 0-byte .xlsx' },
    files: () => [{ name: 'zero.xlsx', bytes: new Uint8Array(0) }],
    policy: 'roster',
    expect: fileError('io.empty', 'zero.xlsx'),
    hosts: { core: notCore },
  },
  csvCase('gb18030'),
  csvCase('utf8-bom'),
  {
    id: 'csv-roster-gb18030',
    group: G,
    input: { zh: '名单本身是 GB18030 编码的 .csv', en: 'The roster itself as a GB18030 .csv' },
    files: () => [
      {
        name: '名单.csv',
        csv: { ...rosterSheet(), name: '名单', merges: [] },
        encoding: 'gb18030',
      },
    ],
    policy: 'roster',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
  },
  {
    id: 'csv-unclosed-quote',
    group: G,
    input: {
      zh: 'CSV 第 3 行有未闭合的双引号',
      en: 'A CSV with an unclosed double quote on row 3',
    },
    files: () => [
      { name: 'roster.xlsx', sheets: [rosterSheet()] },
      {
        name: 'bad-quote.csv',
        bytes: new TextEncoder().encode(
          '学年,学期,课程名称,学分,成绩,学号,姓名\r\n2024-2025,2,高等数学,4,85,2023030201001,张伟\r\n2024-2025,2,"大学英语,3,85,2023030201001,张伟\r\n',
        ),
      },
    ],
    policy: 'grades',
    expect: { kind: 'file', key: 'io.csvQuote', params: { file: 'bad-quote.csv', row: 3 } },
    hosts: { core: notCore },
  },
];
