import { QIANGZHI_HEADERS, qiangzhiRow } from '../layouts/qiangzhi';
import { ZHENGFANG_OLD_HEADERS, zhengfangOldRows } from '../layouts/zhengfangOld';
import { isFailing } from '../grades';
import type { GradeRow } from '../model';
import type { CellOut } from '../xlsx/table';
import { smallBook, zhengfangTable } from './books';
import { LAST, seatsWith, TITLE } from './common';
import { CLEAN_SEATS, miniCase } from './mini';
import { plantGrade, seatRow, setSeatScores } from './plant';
import type { GoodCase } from './types';

/** Merged title over the roster, a blank row, a titled 正方 grade sheet: everyone eligible (exit 0). */
export async function titleMerged(): Promise<GoodCase> {
  const c = miniCase({
    seed: 101,
    major: '软件技术',
    entryYear: 2024,
    size: 24,
    lastTerm: LAST,
    seats: CLEAN_SEATS,
  });
  const bytes = await smallBook(c.data, {
    roster: { title: TITLE, blankAfterTitle: true },
    grades: [['成绩-软件技术', zhengfangTable(c.data.grades, '软件技术专业2024级成绩')]],
    discipline: true,
  });
  return {
    kind: 'good',
    name: 'title-merged',
    description:
      'Roster under a merged title row and a blank row; 正方 grade sheet with a title row. All eligible, structure clean.',
    files: [['title-merged.xlsx', bytes]],
    data: c.data,
    intents: {},
    findings: [],
  };
}

/** Roster columns in another order, headers with full-width spaces and trailing colons; one 群众. */
export async function reorderedFullwidth(): Promise<GoodCase> {
  const c = miniCase({
    seed: 102,
    major: '计算机应用技术',
    entryYear: 2024,
    size: 24,
    lastTerm: LAST,
    seats: seatsWith(4, { political: '群众' }),
  });
  const bytes = await smallBook(c.data, {
    roster: {
      order: [
        '职务',
        '部门',
        '姓名',
        '政治面貌',
        '学号',
        '年级',
        '专业',
        '班级',
        '学院',
        '性别',
        '序号',
        '联系电话',
        '院学生会任职',
      ],
      spell: {
        学号: '学　号',
        姓名: '姓 名',
        职务: '职务：',
        部门: '部门:',
        政治面貌: '政治面貌　',
        联系电话: '联系电话：',
      },
    },
    grades: [['成绩', zhengfangTable(c.data.grades)]],
    discipline: true,
  });
  return {
    kind: 'good',
    name: 'reordered-fullwidth',
    description:
      'Roster columns in a different order; headers 学　号 (full-width space), 姓 名, 职务：, 部门:, 政治面貌　, 联系电话：. One member is 群众.',
    files: [['reordered-fullwidth.xlsx', bytes]],
    data: c.data,
    intents: { 4: { status: 'ineligible', codes: ['political'] } },
    findings: [],
  };
}

/** 强智 layout; a weak member has 旷考 in 成绩标识 with an empty 成绩 cell. */
export async function qiangzhi(): Promise<GoodCase> {
  const c = miniCase({
    seed: 103,
    major: '电子商务',
    entryYear: 2024,
    size: 24,
    lastTerm: LAST,
    seats: seatsWith(5, { ability: 68 }),
  });
  plantGrade(c, seatRow(c, 5, LAST, 'numeric'), { kind: 'mark', mark: '旷考', where: 'remark' });
  const bytes = await smallBook(c.data, {
    roster: {},
    grades: [
      [
        '强智成绩',
        {
          headers: QIANGZHI_HEADERS,
          rows: c.data.grades.map((g, i) => qiangzhiRow(g, i + 1)),
          textColumns: [0],
        },
      ],
    ],
    discipline: true,
  });
  return {
    kind: 'good',
    name: 'qiangzhi',
    description:
      '强智 grade layout (开课学期 2025-2026-1, 考试性质, 成绩标识). A weak member has 旷考 only in 成绩标识 (成绩 empty): failed, and outside the top 30%.',
    files: [['qiangzhi.xlsx', bytes]],
    data: c.data,
    intents: { 5: { status: 'ineligible', codes: ['rank', 'failed'] } },
    findings: [],
  };
}

/** 正方 old layout: a strong member failed at first attempt (55) with 补考成绩 70 on the same row. */
export async function zhengfangOld(): Promise<GoodCase> {
  const c = miniCase({
    seed: 114,
    major: '大数据与会计',
    entryYear: 2024,
    size: 24,
    lastTerm: LAST,
    seats: seatsWith(4, { ability: 97 }),
  });
  // 98 elsewhere in the window keeps the average inside the top 30% despite the 55 (and its 补考 70).
  setSeatScores(c, 4, LAST, 98);
  const failing = seatRow(c, 4, LAST, 'numeric', 3);
  plantGrade(c, failing, { kind: 'numeric', value: 55 }, { kind: 'numeric', value: 70 });
  const byId = new Map(c.students.map((s) => [s.studentId, s]));
  const bytes = await smallBook(c.data, {
    roster: {},
    grades: [
      [
        '成绩（旧版）',
        {
          headers: ZHENGFANG_OLD_HEADERS,
          rows: zhengfangOldRows(c.data.grades, byId),
          textColumns: [0],
        },
      ],
    ],
    discipline: true,
  });
  return {
    kind: 'good',
    name: 'zhengfang-old',
    description:
      '正方 old layout: 补考成绩 and 重修成绩 are columns of the first attempt row. A strong member scored 55 with 补考成绩 70: failed under strict, rank still inside.',
    files: [['zhengfang-old.xlsx', bytes]],
    data: c.data,
    intents: { 4: { status: 'ineligible', codes: ['failed'] } },
    findings: [],
  };
}

const FULL_WIDTH = (text: string): string =>
  text.replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** Score cells typed as text: "85", "85分", full-width "８５"; a weak member's fail is "５８". */
export async function textGrades(): Promise<GoodCase> {
  const c = miniCase({
    seed: 105,
    major: '机电一体化技术',
    entryYear: 2024,
    size: 24,
    lastTerm: LAST,
    seats: seatsWith(5, { ability: 69 }),
  });
  const failing = seatRow(c, 5, LAST, 'numeric');
  plantGrade(c, failing, { kind: 'numeric', value: 58 });
  const half = c.data.grades.find(
    (g) =>
      !c.seated.some((s) => s.studentId === g.studentId) &&
      g.grade.kind === 'numeric' &&
      !isFailing(g.grade),
  )!;
  if (half.grade.kind === 'numeric')
    half.grade = { kind: 'numeric', value: half.grade.value + 0.5 };
  const render = (g: GradeRow, i: number): CellOut | undefined => {
    if (g.grade.kind !== 'numeric') return undefined;
    const v = String(g.grade.value);
    if (g === failing) return FULL_WIDTH(v);
    return [v, `${v}分`, FULL_WIDTH(v), g.grade.value][i % 4]!;
  };
  const bytes = await smallBook(c.data, {
    roster: {},
    grades: [['成绩', zhengfangTable(c.data.grades, undefined, render)]],
    discipline: true,
  });
  return {
    kind: 'good',
    name: 'text-grades',
    description:
      'Scores typed as text: "85", "85分", full-width "８５", one "73.5"-style half point; a weak member failed with full-width "５８": failed and outside the top 30%.',
    files: [['text-grades.xlsx', bytes]],
    data: c.data,
    intents: { 5: { status: 'ineligible', codes: ['rank', 'failed'] } },
    findings: [],
  };
}
