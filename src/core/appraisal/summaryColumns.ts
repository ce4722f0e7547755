import { columnLetter } from '../cells';
import * as f from './formulas';

/** Rows of the summary: parameters (row 4, read by the band formulas), group weights (row 5), header (row 6). */
export const SUMMARY_PARAM_ROW = 4;
export const SUMMARY_WEIGHT_ROW = 5;
export const SUMMARY_HEADER_ROW = 6;
export const SUMMARY_FIRST_ROW = SUMMARY_HEADER_ROW + 1;
/** 序号, 姓名, 学号, 部门, 职务 come first; group scores start in column F. */
export const FIRST_GROUP_COL = 6;
export const SUMMARY_ID_COL = 3;

/** Column positions and shared ranges of a summary with `groups` groups and `members` rows. */
export function summaryColumns(groups: number, members: number) {
  const lastGroupCol = FIRST_GROUP_COL + groups - 1;
  const last = Math.max(SUMMARY_FIRST_ROW, SUMMARY_FIRST_ROW + members - 1);
  const cols = {
    lastGroupCol,
    count: lastGroupCol + 1,
    aggregate: lastGroupCol + 2,
    rank: lastGroupCol + 3,
    band: lastGroupCol + 4,
    exit: lastGroupCol + 5,
    list: lastGroupCol + 7,
    lastRow: last,
  };
  const param = (col: number) => f.cellAddress(col, SUMMARY_PARAM_ROW, true);
  const weights = `${columnLetter(FIRST_GROUP_COL)}$${SUMMARY_WEIGHT_ROW}:${columnLetter(lastGroupCol)}$${SUMMARY_WEIGHT_ROW}`;
  return {
    ...cols,
    allAggregates: f.columnRange(cols.aggregate, SUMMARY_FIRST_ROW, last),
    weights,
    bandCells: {
      excellent: param(2),
      good: param(4),
      pass: param(6),
      quota: param(8),
      slots: param(10),
    },
  };
}

export type SummaryColumns = ReturnType<typeof summaryColumns>;
