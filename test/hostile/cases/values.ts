/** 单元格取值: formulas, error values, dates as serial numbers, booleans, rich text. */
import {
  gradeRows,
  gradeSheet,
  IDS,
  rosterSheet,
  UNION,
  type Person,
} from '../../../scripts/hostile/people';
import type { SpecSheet } from '../../../scripts/hostile/spec';
import type { HostileCase } from '../types';
import { CHEN_POLITICAL, result, unionMembers, warning } from './outcomes';

const G = 'values';
const R = '学生会名单';
const patch = (i: number, p: Partial<Person>): Person[] =>
  UNION.map((q, n) => (n === i ? { ...q, ...p } : q));

function register(
  rows: SpecSheet['rows'],
  header = ['学号', '姓名', '处分类型', '处分日期'],
): SpecSheet {
  return { name: '处分名单', rows: [header, ...rows], textColumns: [1] };
}

export const VALUE_CASES: HostileCase[] = [
  {
    id: 'formulas',
    group: G,
    input: {
      zh: '名单中的公式：姓名 =CONCAT("刘","洋")、学号 ="2023030201003"、政治面貌 =IF(TRUE,"共青团员","群众")，按计算结果读取',
      en: 'Formulas in the roster (name, ID, political status): read by their cached results',
    },
    files: () => {
      const people = UNION.map((p, i) =>
        i === 3
          ? { ...p, name: '刘洋' }
          : i === 2
            ? { ...p, id: { formula: '="2023030201003"', result: '2023030201003' } }
            : i === 1
              ? { ...p, political: { formula: 'IF(TRUE,"共青团员","群众")', result: '共青团员' } }
              : p,
      );
      const sheet = rosterSheet(people);
      const rows = sheet.rows.map((r, n) =>
        n === 6
          ? r.map((v, c) => (c === 1 ? { formula: 'CONCAT("刘","洋")', result: '刘洋' } : v))
          : r,
      );
      return [{ name: 'formulas.xlsx', sheets: [{ ...sheet, rows }] }];
    },
    policy: 'roster',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
  },
  {
    id: 'error-values-roster',
    group: G,
    input: {
      zh: '名单中的错误值：李娜 政治面貌 #N/A（第 5 行 I 列），王芳 学号 #REF!（第 6 行 C 列）',
      en: 'Error values in the roster: #N/A as 李娜’s political status (I5), #REF! as 王芳’s ID (C6)',
    },
    files: () => [
      {
        name: 'errors-roster.xlsx',
        sheets: [
          rosterSheet(
            UNION.map((p, i) =>
              i === 1
                ? { ...p, political: { error: '#N/A' } }
                : i === 2
                  ? { ...p, id: { formula: 'VLOOKUP(B6,X:Y,2,0)', result: { error: '#REF!' } } }
                  : p,
            ),
          ),
        ],
      },
    ],
    policy: 'roster',
    expect: result(
      unionMembers(
        { 李娜: 'pending' },
        IDS.filter((_, i) => i !== 2),
        UNION.filter((_, i) => i !== 2).map((p) => p.name),
      ),
      // Without 王芳 (部长) 学习部 has one head left.
      [CHEN_POLITICAL, `pending:political:${IDS[1]!}`, 'violation:dept-heads:学习部'],
      [
        warning('input.cell.error', R, 5, 9, { value: '#N/A' }),
        warning('input.studentId.error', R, 6, 3, { value: '#REF!' }),
      ],
    ),
  },
  {
    id: 'error-values-grades',
    group: G,
    input: {
      zh: '成绩中的错误值：杨帆 高等数学 #DIV/0!（第 12 行 E 列），刘洋 大学英语 #N/A（第 9 行 E 列）',
      en: 'Error values as scores: #DIV/0! (E12, 杨帆) and #N/A (E9, 刘洋)',
    },
    files: () => [
      {
        name: 'errors-grades.xlsx',
        sheets: [
          rosterSheet(),
          gradeSheet(
            gradeRows(UNION, (i, c) =>
              i === 5 && c === 0
                ? { error: '#DIV/0!' }
                : i === 3 && c === 1
                  ? { error: '#N/A' }
                  : 85,
            ),
          ),
        ],
      },
    ],
    policy: 'grades',
    // An error value may hide a fail: the member is 待核实 on failed, never passed.
    expect: result(
      unionMembers({ 刘洋: 'pending', 杨帆: 'pending' }),
      [`pending:failed:${IDS[3]!}`, `pending:failed:${IDS[5]!}`, CHEN_POLITICAL],
      [
        warning('input.grade.unknown', '成绩', 9, 5, { value: '#N/A' }),
        warning('input.grade.unknown', '成绩', 12, 5, { value: '#DIV/0!' }),
      ],
    ),
  },
  {
    id: 'dates-as-serials',
    group: G,
    input: {
      zh: '处分日期是序列号：杨帆 45757（日期格式，2025-04-10，在学年内）；刘洋 44270（常规格式，2021-03-15，已超出学年）',
      en: 'Sanction dates as serial numbers: 45757 formatted as a date (2025-04-10, inside the window) and 44270 unformatted (2021-03-15, outside)',
    },
    files: () => [
      {
        name: 'serial-dates.xlsx',
        sheets: [
          rosterSheet(),
          gradeSheet(),
          register([
            [IDS[5]!, '杨帆', '警告', { serial: 45757, numFmt: 'yyyy-mm-dd' }],
            [IDS[3]!, '刘洋', '警告', 44270],
          ]),
        ],
      },
    ],
    policy: 'grades',
    expect: result(unionMembers({ 杨帆: 'ineligible' }), [
      CHEN_POLITICAL,
      `violation:discipline:${IDS[5]!}`,
    ]),
  },
  {
    id: 'booleans',
    group: G,
    input: {
      zh: '布尔值：处分名单「是否解除」列为 TRUE（杨帆，已解除）和 FALSE（刘洋，未解除）',
      en: 'Booleans: 是否解除 TRUE (杨帆, lifted) and FALSE (刘洋, in force) in the discipline register',
    },
    files: () => [
      {
        name: 'booleans.xlsx',
        sheets: [
          rosterSheet(),
          gradeSheet(),
          register(
            [
              [IDS[5]!, '杨帆', '警告', '2025-04-10', true],
              [IDS[3]!, '刘洋', '警告', '2025-04-10', false],
            ],
            ['学号', '姓名', '处分类型', '处分日期', '是否解除'],
          ),
        ],
      },
    ],
    policy: 'grades',
    expect: result(unionMembers({ 刘洋: 'ineligible' }), [
      CHEN_POLITICAL,
      `violation:discipline:${IDS[3]!}`,
    ]),
  },
  {
    id: 'rich-text',
    group: G,
    input: {
      zh: '富文本（部分加粗）：姓名「张**伟**」、政治面貌「群**众**」',
      en: 'Rich text (partly bold) in a name and a political status',
    },
    files: () => {
      const sheet = rosterSheet(patch(4, { political: { rich: ['群', '众'] } }));
      const rows = sheet.rows.map((r, n) =>
        n === 3 ? r.map((v, c) => (c === 1 ? { rich: ['张', '伟'] } : v)) : r,
      );
      return [{ name: 'rich.xlsx', sheets: [{ ...sheet, rows }] }];
    },
    policy: 'roster',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
  },
  {
    id: 'missing-name-cell',
    group: G,
    input: { zh: '刘洋 的姓名单元格为空（第 7 行 B 列）', en: 'An empty name cell (刘洋, B7)' },
    files: () => [{ name: 'no-name.xlsx', sheets: [rosterSheet(patch(3, { name: '' }))] }],
    policy: 'roster',
    expect: result(
      unionMembers(
        {},
        IDS,
        UNION.map((p, i) => (i === 3 ? '' : p.name)),
      ),
      [CHEN_POLITICAL],
      [warning('input.row.noName', R, 7, 2, { value: IDS[3]! })],
    ),
  },
  {
    id: 'unknown-political',
    group: G,
    input: {
      zh: '无法识别的政治面貌「团员（超龄）」（杨帆，第 9 行 I 列）',
      en: 'An unknown political status "团员（超龄）" (杨帆, I9)',
    },
    files: () => [
      { name: 'political.xlsx', sheets: [rosterSheet(patch(5, { political: '团员（超龄）' }))] },
    ],
    policy: 'roster',
    expect: result(
      unionMembers({ 杨帆: 'pending' }),
      [CHEN_POLITICAL, `pending:political:${IDS[5]!}`],
      [
        // Quoted as normalised: full-width brackets fold to ASCII.
        warning('input.political.unknown', R, 9, 9, { value: '团员(超龄)' }),
      ],
    ),
  },
];
