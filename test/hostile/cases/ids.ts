/** 学号与姓名: duplicates, two spellings, IDs as numbers, scientific notation, zeros, full width. */
import {
  gradeRows,
  gradeSheet,
  IDS,
  rosterSheet,
  UNION,
  type Person,
} from '../../../scripts/hostile/people';
import type { HostileCase } from '../types';
import { CHEN_POLITICAL, result, unionMembers, warning } from './outcomes';

const G = 'ids';
const R = '学生会名单';
const ZERO_IDS = IDS.map((_, i) => `002300${i + 1}`);
const withIds = (ids: readonly (Person['id'] | undefined)[]): Person[] =>
  UNION.map((p, i) => ({ ...p, id: ids[i] ?? p.id }));

export const ID_CASES: HostileCase[] = [
  {
    id: 'duplicate-id',
    group: G,
    input: {
      zh: '同一学生在名单中出现两次（王芳，第 6 行与第 10 行，学号、姓名相同）',
      en: 'One student listed twice (王芳, rows 6 and 10, same ID and name)',
    },
    files: () => [{ name: 'duplicate.xlsx', sheets: [rosterSheet([...UNION, UNION[2]!])] }],
    policy: 'roster',
    expect: result(
      unionMembers(),
      [CHEN_POLITICAL],
      [
        warning('input.duplicateMember', R, 10, undefined, {
          sheet: R,
          row: 10,
          firstRow: 6,
          studentId: IDS[2]!,
          name: '王芳',
          firstName: '王芳',
        }),
      ],
    ),
  },
  {
    id: 'two-spellings',
    group: G,
    input: {
      zh: '同一学号两种写法的姓名：名单第 10 行「汪芳」与第 6 行「王芳」；成绩表写「張偉」（繁体）',
      en: 'One ID, two spellings: 汪芳 on row 10 vs 王芳 on row 6; the grade sheet spells 张伟 as 張偉',
    },
    files: () => [
      {
        name: 'spellings.xlsx',
        sheets: [
          rosterSheet([...UNION, { ...UNION[2]!, name: '汪芳' }]),
          gradeSheet(
            gradeRows().map((r) => (r[6] === '张伟' ? r.map((v, c) => (c === 6 ? '張偉' : v)) : r)),
          ),
        ],
      },
    ],
    policy: 'grades',
    expect: result(
      unionMembers(),
      [CHEN_POLITICAL],
      [
        warning('input.duplicateMemberName', R, 10, undefined, {
          sheet: R,
          row: 10,
          firstRow: 6,
          studentId: IDS[2]!,
          name: '汪芳',
          firstName: '王芳',
        }),
      ],
    ),
  },
  {
    id: 'id-as-number',
    group: G,
    input: {
      zh: '学号以数字输入（13 位，Excel 显示为 2.53102E+12），成绩表中学号是文本',
      en: '13-digit IDs typed as numbers (Excel shows 2.53102E+12); the grade sheet has them as text',
    },
    files: () => {
      const ids = IDS.map((_, i) => 2531020101001 + i);
      const people = withIds(ids);
      return [
        {
          name: 'id-number.xlsx',
          sheets: [rosterSheet(people, { textColumns: [] }), gradeSheet(gradeRows(people))],
        },
      ];
    },
    policy: 'grades',
    expect: result(
      unionMembers(
        {},
        IDS.map((_, i) => String(2531020101001 + i)),
      ),
      ['violation:political:2531020101005'],
    ),
  },
  {
    id: 'id-scientific-text',
    group: G,
    input: {
      zh: '学号已变成文本「2.53102E+12」（CSV 来回保存后数字丢失），王芳 第 6 行',
      en: 'An ID stored as the text "2.53102E+12" (digits lost after a CSV round trip), 王芳 on row 6',
    },
    files: () => [
      {
        name: 'id-sci.xlsx',
        sheets: [rosterSheet(withIds([undefined, undefined, '2.53102E+12']))],
      },
    ],
    policy: 'roster',
    expect: result(
      // 王芳 stays a member (学习部 keeps its two heads) under a key no other table can carry; this
      // roster-only check judges her political status alone, as everyone's.
      unionMembers(
        {},
        IDS.map((id, i) => (i === 2 ? '2.53102E+12（第6行）' : id)),
      ),
      [CHEN_POLITICAL],
      [warning('input.studentId.scientific', R, 6, 3, { value: '2.53102E+12' })],
    ),
  },
  {
    id: 'id-18-digits-number',
    group: G,
    input: {
      zh: '18 位学号以数字输入（Excel 只保留 15 位有效数字），李娜 第 5 行',
      en: 'An 18-digit ID typed as a number (Excel keeps 15 significant digits), 李娜 on row 5',
    },
    files: () => [
      {
        name: 'id-18.xlsx',
        sheets: [rosterSheet(withIds([undefined, 202303020100200000]), { textColumns: [] })],
      },
    ],
    policy: 'roster',
    expect: result(
      unionMembers(
        {},
        IDS.map((id, i) => (i === 1 ? '2.02303E+17（第5行）' : id)),
      ),
      [CHEN_POLITICAL],
      [warning('input.studentId.scientific', R, 5, 3, { value: '2.02303E+17' })],
    ),
  },
  {
    id: 'leading-zeros',
    group: G,
    input: {
      zh: '学号以 0 开头（文本「0023001」…），名单和成绩表一致',
      en: 'IDs with leading zeros (text "0023001"…) in the roster and the grade sheet',
    },
    files: () => {
      const people = withIds(IDS.map((_, i) => `002300${i + 1}`));
      return [{ name: 'zeros.xlsx', sheets: [rosterSheet(people), gradeSheet(gradeRows(people))] }];
    },
    policy: 'grades',
    expect: result(
      unionMembers(
        {},
        IDS.map((_, i) => `002300${i + 1}`),
      ),
      ['violation:political:0023005'],
    ),
  },
  {
    id: 'fullwidth-and-spaces',
    group: G,
    input: {
      zh: '学号用全角数字「２０２３…」、夹空格「2023 0302 01002」、全角空格；政治面貌尾部带全角空格',
      en: 'IDs in full-width digits, with spaces and ideographic spaces; political status with a trailing U+3000',
    },
    files: () => {
      const people = UNION.map((p, i) => ({
        ...p,
        id:
          i === 0
            ? '２０２３０３０２０１００１'
            : i === 1
              ? '2023 0302 01002'
              : i === 2
                ? '2023030201003\u3000'
                : p.id,
        political: i === 3 ? '中共预备党员\u3000' : p.political,
      }));
      return [{ name: 'fullwidth.xlsx', sheets: [rosterSheet(people), gradeSheet()] }];
    },
    policy: 'grades',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
  },
  {
    id: 'invisible-characters',
    group: G,
    input: {
      zh: '从网页或微信粘贴带来的不可见字符：学号尾部零宽空格 U+200B、姓名中零宽连接符、学号写成「2023030201004.0」',
      en: 'Invisible characters pasted from the web or WeChat (zero-width space after an ID, a zero-width joiner in a name) and an ID typed as "2023030201004.0"',
    },
    files: () => {
      const people = UNION.map((p, i) =>
        i === 0
          ? { ...p, id: '2023030201001\u200b' }
          : i === 1
            ? { ...p, name: '李\u200d娜' }
            : i === 3
              ? { ...p, id: '2023030201004.0' }
              : p,
      );
      return [{ name: 'invisible.xlsx', sheets: [rosterSheet(people), gradeSheet()] }];
    },
    policy: 'grades',
    expect: result(unionMembers(), [CHEN_POLITICAL]),
  },
  {
    id: 'leading-zeros-lost-in-grades',
    group: G,
    input: {
      zh: '名单学号是文本「0023001」…，成绩表里同样的学号被存成数字 23001…（前导 0 丢了）',
      en: 'Roster IDs as text "0023001"…; the grade sheet holds the same IDs as numbers 23001… (zeros lost)',
    },
    files: () => {
      const people = withIds(IDS.map((_, i) => `002300${i + 1}`));
      const numeric = withIds(IDS.map((_, i) => 23001 + i));
      return [
        {
          name: 'zeros-lost.xlsx',
          sheets: [rosterSheet(people), gradeSheet(gradeRows(numeric), { textColumns: [] })],
        },
      ];
    },
    policy: 'grades',
    // The grades cannot be matched (a number has no leading zero); each member is 待核实 for
    // failed courses, and the roster row says why.
    expect: result(
      unionMembers(
        Object.fromEntries(ZERO_IDS.map((id, i) => [id, i === 4 ? 'ineligible' : 'pending'])),
        ZERO_IDS,
      ),
      ['violation:political:0023005', ...ZERO_IDS.map((id) => `pending:failed:${id}`)],
      ZERO_IDS.map((id, i) =>
        warning('input.studentId.zerosLost', R, 4 + i, undefined, {
          studentId: id,
          gradeId: id.replace(/^0+/, ''),
        }),
      ),
    ),
  },
];
