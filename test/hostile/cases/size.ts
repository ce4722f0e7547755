/** 规模与字符: used range to row 1,048,576, 300 columns, 30,000-character cells, emoji and CJK ext. B. */
import { gradeRows, gradeSheet, IDS, rosterSheet, UNION } from '../../../scripts/hostile/people';
import type { HostileCase } from '../types';
import { CHEN_POLITICAL, result, unionMembers } from './outcomes';

const G = 'size';
const LAST_ROW = 1_048_576;
const LONG = '长'.repeat(29_990) + '（30000字备注）';

export const SIZE_CASES: HostileCase[] = [
  {
    id: 'used-range-last-row',
    group: G,
    input: {
      zh: '成绩表只有 13 行数据，但第 1,048,576 行有一个设了格式的空单元格（已用区域到最后一行）',
      en: 'A grade sheet with 13 rows of data and a formatted empty cell on row 1,048,576 (used range to the last row)',
    },
    files: () => [
      {
        name: 'used-range.xlsx',
        sheets: [rosterSheet(), gradeSheet(undefined, { formattedRow: LAST_ROW })],
      },
    ],
    policy: 'grades',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
  },
  {
    id: 'value-on-last-row',
    group: G,
    input: {
      zh: '成绩表第 1,048,576 行 A 列有一个遗留的值「2024-2025」（其余为空）：单独一格是备注，不是数据，读到最后一行且不报错',
      en: 'A stray value "2024-2025" in A1,048,576 of the grade sheet: a lone cell is a note, not data; read to the last row without a message',
    },
    files: () => {
      const sheet = gradeSheet();
      const rows = [...sheet.rows];
      rows[LAST_ROW - 1] = ['2024-2025'];
      return [{ name: 'last-row.xlsx', sheets: [rosterSheet(), { ...sheet, rows }] }];
    },
    policy: 'grades',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
  },
  {
    id: 'columns-300',
    group: G,
    input: {
      zh: '名单有 300 列（291 个「备注」列，每格都有值）',
      en: 'A roster 300 columns wide (291 extra 备注 columns, all filled)',
    },
    files: () => {
      const sheet = rosterSheet();
      const rows = sheet.rows.map((r, n) =>
        n < 2
          ? r
          : [
              ...r,
              ...Array.from({ length: 291 }, (_, k) => (n === 2 ? `备注${k + 1}` : `值${k + 1}`)),
            ],
      );
      return [{ name: 'wide.xlsx', sheets: [{ ...sheet, rows }] }];
    },
    policy: 'roster',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
  },
  {
    id: 'cells-30000-chars',
    group: G,
    input: {
      zh: '30,000 字的单元格：名单「备注」列和成绩表的课程名称',
      en: 'Cells of 30,000 characters: a roster 备注 and a course name',
    },
    files: () => {
      const sheet = rosterSheet();
      const rows = sheet.rows.map((r, n) =>
        n < 2 ? r : [...r, n === 2 ? '备注' : n === 3 ? LONG : ''],
      );
      const grades = gradeRows().map((r, n) =>
        n === 0 ? r.map((v, c) => (c === 2 ? LONG : v)) : r,
      );
      return [{ name: 'long-cells.xlsx', sheets: [{ ...sheet, rows }, gradeSheet(grades)] }];
    },
    policy: 'grades',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
    // Only the command line's report copies the roster (the pane highlights the teacher's own).
    written: { texts: [LONG], textsIn: ['cli'] },
  },
  {
    id: 'emoji-and-ext-b',
    group: G,
    input: {
      zh: '姓名含 emoji 和扩展 B 区汉字：「李娜😀」「𠮷田」「王𪚥」（三人均为群众，必须原样出现在报告中）',
      en: 'Names with an emoji and CJK extension B characters: 李娜😀, 𠮷田, 王𪚥 (all 群众, so each must appear intact in the report)',
    },
    files: () => {
      const names = ['张伟', '李娜😀', '𠮷田', '王𪚥', '陈静', '杨帆'];
      // 群众, so that every host lists them in its report.
      const people = UNION.map((p, i) => ({
        ...p,
        name: names[i]!,
        political: i >= 1 && i <= 3 ? '群众' : p.political,
      }));
      return [{ name: 'emoji.xlsx', sheets: [rosterSheet(people), gradeSheet(gradeRows(people))] }];
    },
    policy: 'grades',
    expect: result(
      unionMembers({ '李娜😀': 'ineligible', '𠮷田': 'ineligible', '王𪚥': 'ineligible' }, IDS, [
        '张伟',
        '李娜😀',
        '𠮷田',
        '王𪚥',
        '陈静',
        '杨帆',
      ]),
      [1, 2, 3, 4].map((i) => `violation:political:${IDS[i]!}`),
    ),
    written: { texts: ['李娜😀', '𠮷田', '王𪚥'] },
  },
];
