import ExcelJS from 'exceljs';
import { csvBytes, csvText } from '../layouts/csv';
import { rosterTable } from '../layouts/roster';
import { ZHENGFANG_NEW_HEADERS, zhengfangNewRow } from '../layouts/zhengfangNew';
import { workbookBytes, writeTable } from '../xlsx/table';
import { ROSTER_SHEET, smallBook, zhengfangTable } from './books';
import { CLEAN_SEATS, miniCase } from './mini';
import type { ErrorCase } from './types';

const LAST = { startYear: 2025, term: 1 } as const;

function small() {
  return miniCase({
    seed: 201,
    major: '软件技术',
    entryYear: 2024,
    size: 8,
    lastTerm: LAST,
    seats: CLEAN_SEATS,
  });
}

/** Rejections: every file named error.* must stop the check with a message (exit 2). */
export async function errorCases(): Promise<ErrorCase[]> {
  const c = small();
  const grades = c.data.grades.slice(0, 12);
  const good = await smallBook(c.data, { roster: {}, grades: [['成绩', zhengfangTable(grades)]] });
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1');
  const headerOnly = new ExcelJS.Workbook();
  writeTable(headerOnly.addWorksheet(ROSTER_SHEET), rosterTable([]));
  const ole = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  return [
    {
      kind: 'error',
      name: 'error.no-roster',
      description: 'Only a grade sheet: no roster anywhere.',
      files: [
        [
          'error.no-roster.xlsx',
          await smallBook(c.data, { grades: [['成绩', zhengfangTable(grades)]] }),
        ],
      ],
      messageIncludes: ['名单'],
    },
    {
      kind: 'error',
      name: 'error.roster-without-id',
      // Without 学号 a roster with 班级 is matched by 姓名 + 班级; without both it cannot be read.
      description: 'A roster (姓名, 部门, 职务, 政治面貌 ...) without a 学号 or 班级 column.',
      files: [
        [
          'error.roster-without-id.xlsx',
          await smallBook(c.data, {
            roster: { omit: ['学号', '班级'] },
            grades: [['成绩', zhengfangTable(grades)]],
          }),
        ],
      ],
      messageIncludes: ['学号', ROSTER_SHEET],
    },
    {
      kind: 'error',
      name: 'error.empty',
      description: 'A workbook with one empty sheet.',
      files: [['error.empty.xlsx', await workbookBytes(empty)]],
      messageIncludes: ['error.empty.xlsx'],
    },
    {
      kind: 'error',
      name: 'error.header-only',
      description: 'A roster header with no member rows under it.',
      files: [['error.header-only.xlsx', await workbookBytes(headerOnly)]],
      messageIncludes: [ROSTER_SHEET],
    },
    {
      kind: 'error',
      name: 'error.old-format',
      description: 'A legacy .xls (OLE compound file header): not supported, save as .xlsx.',
      files: [['error.old-format.xls', ole]],
      messageIncludes: ['error.old-format.xls', 'xlsx'],
    },
    {
      kind: 'error',
      name: 'error.damaged',
      description: 'An .xlsx cut off after its first 1,500 bytes (a broken download).',
      files: [['error.damaged.xlsx', good.subarray(0, 1500)]],
      messageIncludes: ['error.damaged.xlsx'],
    },
    {
      kind: 'error',
      name: 'error.grades-only',
      description: 'A grade CSV (UTF-8 BOM, 正方 layout) checked on its own: no roster.',
      files: [
        [
          'error.grades-only.csv',
          csvBytes(
            csvText(
              ZHENGFANG_NEW_HEADERS,
              grades.map((g) => zhengfangNewRow(g)),
            ),
            'utf8-bom',
          ),
        ],
      ],
      messageIncludes: ['名单'],
    },
  ];
}
