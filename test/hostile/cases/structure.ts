/** 表格结构: empty workbooks, missing rosters and columns, several tables, hidden and merged parts. */
import {
  gradeSheet,
  IDS,
  rosterRow,
  rosterSheet,
  ROSTER_HEADER,
  UNION,
} from '../../../scripts/hostile/people';
import type { HostileCase, IssueWant } from '../types';
import { CHEN_POLITICAL, result, unionMembers } from './outcomes';

const G = 'structure';
const baseline = result(unionMembers(), [CHEN_POLITICAL]);

const without = (field: string) => {
  const col = ROSTER_HEADER.indexOf(field as (typeof ROSTER_HEADER)[number]);
  const sheet = rosterSheet();
  return {
    ...sheet,
    rows: sheet.rows.map((r, i) => (i < 2 ? r : r.filter((_, c) => c !== col))),
    merges: ['A1:H1'],
    textColumns: [],
  };
};
const headersWithout = (field: string) => ROSTER_HEADER.filter((h) => h !== field).join('、');
const headersWithoutEn = (field: string) => ROSTER_HEADER.filter((h) => h !== field).join(', ');

export const STRUCTURE_CASES: HostileCase[] = [
  {
    id: 'baseline',
    group: G,
    input: {
      zh: '对照：标准名单（标题合并、空行、表头在第 3 行），6 名成员，1 人为群众',
      en: 'Control: a standard roster (merged title, blank row, header on row 3), 6 members, one 群众',
    },
    files: () => [{ name: 'baseline.xlsx', sheets: [rosterSheet()] }],
    policy: 'roster',
    expect: baseline,
  },
  {
    id: 'empty-workbook',
    group: G,
    input: { zh: '空工作簿（一张空白工作表）', en: 'Empty workbook (one blank sheet)' },
    files: () => [{ name: 'empty.xlsx', sheets: [{ name: 'Sheet1', rows: [] }] }],
    policy: 'roster',
    expect: {
      kind: 'rejected',
      issues: [{ key: 'input.noData', severity: 'error', params: { sheets: '「Sheet1」' } }],
    },
    hosts: {
      cli: {
        kind: 'rejected',
        issues: [
          { key: 'input.noData', severity: 'error', params: { sheets: 'empty.xlsx「Sheet1」' } },
        ],
      },
    },
  },
  {
    id: 'no-roster',
    group: G,
    input: { zh: '只有成绩表，没有学生会名单', en: 'A grade sheet only, no roster' },
    files: () => [{ name: 'no-roster.xlsx', sheets: [gradeSheet()] }],
    policy: 'roster',
    expect: {
      kind: 'rejected',
      issues: [
        {
          key: 'input.noRoster',
          severity: 'error',
          params: {
            sheets: '「成绩」',
            foundZh: '识别出的表格：「成绩」成绩表。',
            foundEn: 'Tables recognised: 「成绩」grade sheet. ',
          },
        },
      ],
    },
    hosts: {
      cli: {
        kind: 'rejected',
        issues: [
          {
            key: 'input.noRoster',
            severity: 'error',
            params: {
              sheets: 'no-roster.xlsx「成绩」',
              foundZh: '识别出的表格：「成绩」成绩表。',
              foundEn: 'Tables recognised: 「成绩」grade sheet. ',
            },
          },
        ],
      },
    },
  },
  ...(['学号', '姓名'] as const).map((field): HostileCase => ({
    id: field === '学号' ? 'roster-without-id' : 'roster-without-name',
    group: G,
    input: {
      zh: `名单没有「${field}」列`,
      en: `Roster without a ${field === '学号' ? 'student ID' : 'name'} column`,
    },
    files: () => [{ name: `without-${field}.xlsx`, sheets: [without(field)] }],
    policy: 'roster',
    expect: {
      kind: 'rejected',
      issues: [
        {
          key: 'input.table.missingField',
          severity: 'error',
          sheet: '学生会名单',
          row: 3,
          params: {
            sheet: '学生会名单',
            row: 3,
            kind: '学生会成员名单',
            kindEn: 'union roster',
            // A roster without 学号 could still be read by 姓名 + 班级; this one has no 班级 either.
            field: field === '学号' ? '「学号」或「班级」' : `「${field}」`,
            fieldEn: field === '学号' ? '"student ID" or "class"' : '"name"',
            found: headersWithout(field),
            foundEn: headersWithoutEn(field),
          },
        },
      ],
    },
  })),
  {
    id: 'header-only',
    group: G,
    input: { zh: '名单只有表头，没有成员', en: 'Roster header with no member rows' },
    files: () => [{ name: 'header-only.xlsx', sheets: [rosterSheet([])] }],
    policy: 'roster',
    expect: {
      kind: 'rejected',
      issues: [
        {
          key: 'input.rosterEmpty',
          severity: 'error',
          sheet: '学生会名单',
          row: 3,
          params: { sheet: '学生会名单', row: 3 },
        },
      ],
    },
  },
  {
    id: 'two-tables-one-sheet',
    group: G,
    input: {
      zh: '同一张表上下两个表格：名单在上，空两行后是处分名单（杨帆 警告）',
      en: 'Two tables on one sheet: the roster, two blank rows, then a discipline register (杨帆 warned)',
    },
    files: () => {
      const roster = rosterSheet();
      return [
        {
          name: 'two-tables.xlsx',
          sheets: [
            {
              ...roster,
              rows: [
                ...roster.rows,
                [],
                [],
                ['学号', '姓名', '处分类型', '处分日期'],
                [IDS[5] ?? '', '杨帆', '警告', '2025-04-10'],
              ],
            },
            gradeSheet(),
          ],
        },
      ];
    },
    policy: 'grades',
    expect: result(unionMembers({ 杨帆: 'ineligible' }), [
      CHEN_POLITICAL,
      `violation:discipline:${IDS[5] ?? ''}`,
    ]),
  },
  {
    id: 'two-tables-side-by-side',
    group: G,
    input: {
      zh: '同一张表左右两个表格：名单在 A–I 列，处分名单在 K–N 列（杨帆 警告）',
      en: 'Two tables side by side: roster in A–I, a discipline register in K–N (杨帆 warned)',
    },
    files: () => {
      const roster = rosterSheet();
      const rows = roster.rows.map((r) => [...r]);
      const right = [
        ['学号', '姓名', '处分类型', '处分日期'],
        [IDS[5] ?? '', '杨帆', '警告', '2025-04-10'],
      ];
      right.forEach((cells, i) => {
        const row = rows[2 + i] ?? [];
        while (row.length < 10) row.push(null);
        rows[2 + i] = [...row, ...cells];
      });
      return [{ name: 'side-by-side.xlsx', sheets: [{ ...roster, rows }, gradeSheet()] }];
    },
    policy: 'grades',
    expect: result(unionMembers({ 杨帆: 'ineligible' }), [
      CHEN_POLITICAL,
      `violation:discipline:${IDS[5] ?? ''}`,
    ]),
  },
  {
    id: 'hidden-rows',
    group: G,
    input: {
      zh: '名单第 6、7 行被隐藏（王芳、刘洋）：隐藏的成员照样检查',
      en: 'Roster rows 6 and 7 hidden (王芳, 刘洋): hidden members are checked all the same',
    },
    files: () => [
      { name: 'hidden-rows.xlsx', sheets: [rosterSheet(UNION, { hiddenRows: [6, 7] })] },
    ],
    policy: 'roster',
    expect: baseline,
  },
  {
    id: 'hidden-sheet',
    group: G,
    input: {
      zh: '成绩表被隐藏；杨帆 高等数学 52 分：隐藏的表照样读取',
      en: 'The grade sheet is hidden; 杨帆 scored 52 in one course: hidden sheets are read all the same',
    },
    files: () => [
      {
        name: 'hidden-sheet.xlsx',
        sheets: [rosterSheet(), gradeSheet(undefined, { state: 'hidden' })].map((s, i) =>
          i === 1
            ? {
                ...s,
                rows: s.rows.map((r, n) => (n === 11 ? r.map((v, c) => (c === 4 ? 52 : v)) : r)),
              }
            : s,
        ),
      },
    ],
    policy: 'grades',
    expect: result(unionMembers({ 杨帆: 'ineligible' }), [
      CHEN_POLITICAL,
      `violation:failed:${IDS[5] ?? ''}`,
    ]),
  },
  {
    id: 'filtered-table',
    group: G,
    input: {
      zh: '名单设了筛选，只显示主席团（第 6–9 行被筛掉）：筛掉的行照样检查',
      en: 'The roster is filtered to the presidium (rows 6–9 filtered out): filtered rows are checked all the same',
    },
    files: () => [
      {
        name: 'filtered.xlsx',
        sheets: [rosterSheet(UNION, { autoFilter: 'A3:I9', hiddenRows: [6, 7, 8, 9] })],
      },
    ],
    policy: 'roster',
    expect: baseline,
  },
  {
    id: 'merged-department',
    group: G,
    input: {
      zh: '数据区内的合并单元格：「部门」列 G6:G9 合并为一个「学习部」（只有 G6 有值）',
      en: 'Merged cells inside the data: 部门 cells G6:G9 merged into one 学习部 (only G6 holds it)',
    },
    files: () => [
      { name: 'merged-data.xlsx', sheets: [rosterSheet(UNION, { merges: ['A1:I1', 'G6:G9'] })] },
    ],
    policy: 'roster',
    expect: result(
      unionMembers(),
      [CHEN_POLITICAL],
      [
        {
          key: 'input.department.fromAbove',
          severity: 'warning',
          sheet: '学生会名单',
          row: 7,
          col: 7,
          params: { count: 3, fromRow: 6, department: '学习部' },
        },
      ],
    ),
  },
  {
    id: 'blank-row-inside',
    group: G,
    input: {
      zh: '名单中间有一整行空行（第 6 行），其后还有成员',
      en: 'A blank row inside the roster (row 6), with members after it',
    },
    files: () => {
      const rows = [
        ['XX学院学生会工作人员名单'],
        [],
        [...ROSTER_HEADER],
        ...UNION.slice(0, 2).map((p, i) => rosterRow(p, i + 1)),
        [],
        ...UNION.slice(2).map((p, i) => rosterRow(p, i + 3)),
      ];
      return [
        { name: 'blank-row.xlsx', sheets: [{ name: '学生会名单', rows, merges: ['A1:I1'] }] },
      ];
    },
    policy: 'roster',
    expect: baseline,
  },
];

const footerRows = () => {
  const roster = rosterSheet();
  return [
    ...roster.rows,
    [],
    ['制表人：张老师', null, null, null, null, '审核：李老师', null, null, '2025年9月1日'],
  ];
};

const repeatedHeader = () => {
  const roster = rosterSheet();
  const [title, blank, header, ...data] = roster.rows;
  return [title!, blank!, header!, ...data.slice(0, 3), header!, ...data.slice(3)];
};

/** More layouts teachers produce: footers, repeated page headers, rows without any 学号. */
export const MORE_STRUCTURE_CASES: HostileCase[] = [
  {
    id: 'footer-note',
    group: G,
    input: {
      zh: '名单下方空一行后有落款行「制表人：张老师 … 审核：李老师 … 2025年9月1日」：提示该行没有学号、已跳过',
      en: 'A footer row under the roster (prepared by, checked by, date): reported as a row without an ID, skipped',
    },
    files: () => [{ name: 'footer.xlsx', sheets: [{ ...rosterSheet(), rows: footerRows() }] }],
    policy: 'roster',
    // Two texts and a date are data to the reader: the row is named, not silently dropped.
    expect: result(
      unionMembers(),
      [CHEN_POLITICAL],
      [
        {
          key: 'input.row.noStudentId',
          severity: 'warning',
          sheet: '学生会名单',
          row: 11,
          col: 3,
        },
      ],
    ),
  },
  {
    id: 'repeated-header',
    group: G,
    input: {
      zh: '打印用的重复表头：第 7 行又是一遍表头，其后还有成员',
      en: 'A repeated header row (for printing) on row 7, with members after it',
    },
    files: () => [
      { name: 'repeated-header.xlsx', sheets: [{ ...rosterSheet(), rows: repeatedHeader() }] },
    ],
    policy: 'roster',
    expect: baseline,
  },
  {
    id: 'ids-all-blank',
    group: G,
    input: {
      zh: '名单有「学号」列，但每个成员的学号都是空的',
      en: 'A roster whose 学号 column is empty for every member',
    },
    files: () => [
      {
        name: 'ids-blank.xlsx',
        sheets: [rosterSheet(UNION.map((p) => ({ ...p, id: null })))],
      },
    ],
    policy: 'roster',
    expect: {
      kind: 'rejected',
      issues: [
        {
          key: 'input.rosterNoIds',
          severity: 'error',
          sheet: '学生会名单',
          row: 3,
          params: { sheet: '学生会名单', row: 3, count: 6, col: 'C' },
        },
        ...[4, 5, 6, 7, 8, 9].map((row): IssueWant => ({
          key: 'input.row.noStudentId',
          severity: 'warning' as const,
          sheet: '学生会名单',
          row,
          col: 3,
          params: { sheet: '学生会名单', row, col: 'C', value: '' },
        })),
      ],
    },
  },
  {
    id: 'all-other-level',
    group: G,
    input: {
      zh: '名单「级别」列全是「院级」，而检查的是校级学生会（默认预设）',
      en: 'Every member is marked 院级 (college level) while the school-level union is checked',
    },
    files: () => {
      const roster = rosterSheet();
      const rows = roster.rows.map((r, n) => (n < 2 ? r : [...r, n === 2 ? '级别' : '院级']));
      return [{ name: 'college-level.xlsx', sheets: [{ ...roster, rows, merges: ['A1:J1'] }] }];
    },
    policy: 'roster',
    expect: {
      kind: 'rejected',
      issues: [
        {
          key: 'input.rosterOtherLevel',
          severity: 'error',
          sheet: '学生会名单',
          row: 3,
          params: {
            sheet: '学生会名单',
            row: 3,
            count: 6,
            levelZh: '校级',
            levelEn: 'school-level',
          },
        },
      ],
    },
  },
];
