import { OTHER_EXPORT_HEADERS, otherExportRow } from '../layouts/otherExport';
import { csvBytes, csvText } from '../layouts/csv';
import { ZHENGFANG_NEW_HEADERS, zhengfangNewRow } from '../layouts/zhengfangNew';
import { isFailing } from '../grades';
import { smallBook, zhengfangTable } from './books';
import { LAST, seatsWith } from './common';
import { CLEAN_SEATS, miniCase } from './mini';
import { plantGrade, seatRow } from './plant';
import type { GoodCase } from './types';

/** The roster carries the school's 综合排名 ("5/120"); it wins over the computed rank. */
export async function schoolRank(): Promise<GoodCase> {
  const ranks = [3, 10, 36, 40, 1, 25];
  const seats = CLEAN_SEATS.map((s, i) => ({ ...s, schoolRank: { rank: ranks[i]!, size: 120 } }));
  const c = miniCase({
    seed: 106,
    major: '软件技术',
    entryYear: 2024,
    size: 24,
    lastTerm: LAST,
    seats,
  });
  const bytes = await smallBook(c.data, {
    roster: { withSchoolRank: true },
    grades: [['成绩', zhengfangTable(c.data.grades)]],
    discipline: true,
  });
  return {
    kind: 'good',
    name: 'school-rank',
    description:
      "Roster with the school's own 综合排名 column (rank/size of 120; limit 36). 36/120 is inside (deliberate boundary), 40/120 is outside even though the computed rank would be inside.",
    files: [['school-rank.xlsx', bytes]],
    data: c.data,
    intents: { 3: { status: 'ineligible', codes: ['rank'] } },
    findings: [],
  };
}

/** Roster workbook + a separate UTF-8 (BOM) CSV in a generic layout with 上课专业 / 上课年级. */
export async function utf8Bom(): Promise<GoodCase> {
  const c = miniCase({
    seed: 107,
    major: '计算机应用技术',
    entryYear: 2024,
    size: 24,
    lastTerm: LAST,
    seats: seatsWith(5, { ability: 66 }),
    firstAttemptsOnly: true,
  });
  const byId = new Map(c.students.map((s) => [s.studentId, s]));
  const rows = c.data.grades.map((g) =>
    otherExportRow(g, byId.get(g.studentId), !isFailing(g.grade)),
  );
  return {
    kind: 'good',
    name: 'utf8-bom',
    description:
      'Two files: roster workbook and grades as UTF-8 CSV with a BOM (学年学期, 上课专业, 上课年级, 总成绩, 修读类型, 取得方式, 成绩标志). One weak member is outside the top 30%.',
    files: [
      ['utf8-bom.roster.xlsx', await smallBook(c.data, { roster: {}, discipline: true })],
      ['utf8-bom.grades.csv', csvBytes(csvText(OTHER_EXPORT_HEADERS, rows), 'utf8-bom')],
    ],
    data: c.data,
    intents: { 5: { status: 'ineligible', codes: ['rank'] } },
    findings: [],
  };
}

/** Roster workbook + a separate GB18030 CSV in the 正方 new layout; a weak member failed (45, 补考 62). */
export async function gb18030(): Promise<GoodCase> {
  const c = miniCase({
    seed: 108,
    major: '大数据与会计',
    entryYear: 2024,
    size: 20,
    lastTerm: LAST,
    seats: seatsWith(3, { ability: 67 }),
  });
  plantGrade(
    c,
    seatRow(c, 3, LAST, 'numeric'),
    { kind: 'numeric', value: 45 },
    { kind: 'numeric', value: 62 },
  );
  const rows = c.data.grades.map((g) => zhengfangNewRow(g));
  return {
    kind: 'good',
    name: 'gb18030',
    description:
      'Two files: roster workbook and 正方 new-layout grades as a GB18030 CSV (what Excel saves on Chinese Windows). A weak member failed (45, 补考 62): failed and outside the top 30%.',
    files: [
      ['gb18030.roster.xlsx', await smallBook(c.data, { roster: {}, discipline: true })],
      ['gb18030.grades.csv', csvBytes(csvText(ZHENGFANG_NEW_HEADERS, rows), 'gb18030')],
    ],
    data: c.data,
    intents: { 3: { status: 'ineligible', codes: ['rank', 'failed'] } },
    findings: [],
  };
}

/** The grade sheet's used range reaches row 1,048,509 through one formatted empty cell. */
export async function bigUsedRange(): Promise<GoodCase> {
  const c = miniCase({
    seed: 109,
    major: '电子商务',
    entryYear: 2024,
    size: 22,
    lastTerm: LAST,
    seats: CLEAN_SEATS,
  });
  if (c.data.grades.length > 299)
    throw new Error(`big-used-range: ${c.data.grades.length} rows, more than 299`);
  const bytes = await smallBook(c.data, {
    roster: {},
    grades: [['成绩', zhengfangTable(c.data.grades)]],
    discipline: true,
    finish: (wb) => {
      const cell = wb.getWorksheet('成绩')!.getCell('A1048509');
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    },
  });
  return {
    kind: 'good',
    name: 'big-used-range',
    description: `Grade sheet with data in rows 1-${c.data.grades.length + 1} and a formatted empty cell at A1048509, so the used range reaches row 1,048,509. All eligible.`,
    files: [['big-used-range.xlsx', bytes]],
    data: c.data,
    intents: {},
    findings: [],
  };
}
