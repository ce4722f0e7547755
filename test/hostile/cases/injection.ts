/** 公式注入与工作表名: text that looks like a formula, sheet names that need quoting. */
import { gradeRows, gradeSheet, IDS, rosterSheet, UNION } from '../../../scripts/hostile/people';
import type { HostileCase } from '../types';
import { result, unionMembers } from './outcomes';

const G = 'injection';
const NAMES = ['=张伟', '+李娜', '-王芳', '@刘洋', '陈静', '杨帆'];
const DEPT = "=cmd|' /C calc'!A0";
const LONG_SHEET = "学生会 O'Neil 名单 2025-2026 第一学期";
// Excel's limit: 31 characters.
const SHEET_31 = LONG_SHEET.padEnd(31, '版').slice(0, 31);
const GRADE_SHEET = "成绩 (O'Brien) 2024 秋";

export const INJECTION_CASES: HostileCase[] = [
  {
    id: 'formula-like-text',
    group: G,
    input: {
      zh: `姓名以 = + - @ 开头（${NAMES.slice(0, 4).join('、')}，均为群众），学习部全部写成「${DEPT}」：写出的每张表中都必须是文本`,
      en: `Names beginning with = + - @ (all 群众) and a department "${DEPT}": every written sheet must hold them as text`,
    },
    files: () => {
      // The four are 群众, so that every host lists them in its report.
      const people = UNION.map((p, i) => ({
        ...p,
        name: NAMES[i]!,
        dept: p.dept === '学习部' ? DEPT : p.dept,
        political: i < 4 ? '群众' : p.political,
      }));
      return [{ name: 'injection.xlsx', sheets: [rosterSheet(people)] }];
    },
    policy: 'roster',
    expect: result(
      unionMembers(
        Object.fromEntries(NAMES.slice(0, 4).map((n) => [n, 'ineligible' as const])),
        IDS,
        NAMES,
      ),
      [0, 1, 2, 3, 4].map((i) => `violation:political:${IDS[i]!}`),
    ),
    written: { texts: [...NAMES.slice(0, 4), DEPT] },
  },
  {
    id: 'sheet-names-quoting',
    group: G,
    input: {
      zh: `工作表名含撇号、空格、括号且长 31 个字符：「${SHEET_31}」「${GRADE_SHEET}」；文件名含 [ ] '`,
      en: `Sheet names with apostrophes, spaces, brackets and 31 characters; a file name with [ ] and '`,
    },
    files: () => [
      {
        name: "名单[2025]'终'.xlsx",
        sheets: [
          rosterSheet(UNION, {}, SHEET_31),
          {
            ...gradeSheet(
              gradeRows().map((r, n) => (n === 10 ? r.map((v, c) => (c === 4 ? 40 : v)) : r)),
            ),
            name: GRADE_SHEET,
          },
        ],
      },
    ],
    policy: 'grades',
    expect: result(unionMembers({ 杨帆: 'ineligible' }), [
      `violation:political:${IDS[4]!}`,
      `violation:failed:${IDS[5]!}`,
    ]),
    written: { linkSheets: [SHEET_31] },
  },
];
