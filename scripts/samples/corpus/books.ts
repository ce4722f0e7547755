import ExcelJS from 'exceljs';
import { disciplineTable } from '../layouts/registers';
import type { RosterOptions } from '../layouts/roster';
import { rosterTable } from '../layouts/roster';
import {
  ZHENGFANG_NEW_HEADERS,
  ZHENGFANG_NEW_ID_COLUMN,
  zhengfangNewRow,
} from '../layouts/zhengfangNew';
import type { GradeRow, SampleData } from '../model';
import type { CellOut, TableSpec } from '../xlsx/table';
import { workbookBytes, writeTable } from '../xlsx/table';

export const ROSTER_SHEET = '学生会名单';

/** A grade table in the 正方 new layout; `score` may re-render the score cell (text grades). */
export function zhengfangTable(
  rows: readonly GradeRow[],
  title?: string,
  score?: (g: GradeRow, i: number) => CellOut | undefined,
): TableSpec {
  return {
    ...(title !== undefined ? { title } : {}),
    headers: ZHENGFANG_NEW_HEADERS,
    rows: rows.map((g, i) => zhengfangNewRow(g, score?.(g, i))),
    textColumns: [ZHENGFANG_NEW_ID_COLUMN],
  };
}

export interface BookParts {
  readonly roster?: RosterOptions;
  /** Sheet name and table of each grade sheet. */
  readonly grades?: readonly (readonly [string, TableSpec])[];
  readonly discipline?: boolean;
  /** Called last, to add what a case needs (a far-away formatted cell ...). */
  readonly finish?: (wb: ExcelJS.Workbook) => void;
}

/** A small workbook: roster, grade sheets, 处分名单, in that order. */
export async function smallBook(data: SampleData, parts: BookParts): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (parts.roster)
    writeTable(wb.addWorksheet(ROSTER_SHEET), rosterTable(data.members, parts.roster));
  for (const [sheet, table] of parts.grades ?? []) writeTable(wb.addWorksheet(sheet), table);
  if (parts.discipline) writeTable(wb.addWorksheet('处分名单'), disciplineTable(data.sanctions));
  parts.finish?.(wb);
  return workbookBytes(wb);
}
