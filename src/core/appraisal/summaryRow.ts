import type { ModelCell } from '../report/sheetModel';
import * as f from './formulas';
import { FIRST_GROUP_COL, SUMMARY_FIRST_ROW } from './summaryColumns';
import type { SummaryColumns } from './summaryColumns';
import type { AggregateMethod, AppraisedMember } from './types';

export interface SummaryRowInput {
  readonly member: AppraisedMember;
  readonly index: number;
  /** One formula (or nothing) per group. */
  readonly groupScores: readonly (string | undefined)[];
  readonly aggregate: AggregateMethod;
  readonly cols: SummaryColumns;
  /** 优秀, 良好, 合格, 不合格 in the sheet's language. */
  readonly labels: readonly [string, string, string, string];
}

function aggregateFormula(method: AggregateMethod, range: string, weights: string): string {
  if (method === 'weighted') return f.weightedMeanFormula(range, weights);
  if (method === 'trimmed') return f.trimmedMeanFormula(range);
  return f.meanFormula(range);
}

/** One member's summary row: group scores, count, aggregate, rank, band, exit number, exit list entry. */
export function summaryRow(input: SummaryRowInput): (ModelCell | undefined)[] {
  const { member, index, cols, labels } = input;
  const row = SUMMARY_FIRST_ROW + index;
  const at = (col: number) => f.cellAddress(col, row);
  const groups = f.rowRange(row, FIRST_GROUP_COL, cols.lastGroupCol);
  const text = (value: string): ModelCell => ({ value, numFmt: 'text' });
  const column = (col: number) => f.columnRange(col, SUMMARY_FIRST_ROW, cols.lastRow);
  const bandsSoFar = `${f.cellAddress(cols.band, SUMMARY_FIRST_ROW, true)}:${at(cols.band)}`;
  return [
    { value: index + 1, numFmt: 'integer' },
    text(member.name),
    text(member.studentId),
    text(member.department),
    text(member.title),
    ...input.groupScores.map((formula): ModelCell =>
      formula ? { formula, numFmt: 'decimal2' } : {},
    ),
    { formula: `COUNT(${groups})`, numFmt: 'integer' },
    { formula: aggregateFormula(input.aggregate, groups, cols.weights), numFmt: 'decimal2' },
    { formula: f.rankFormula(at(cols.aggregate), cols.allAggregates), numFmt: 'integer' },
    {
      formula: f.bandFormula(at(cols.aggregate), at(cols.rank), cols.bandCells, labels),
      align: 'center',
    },
    { formula: f.exitSequenceFormula(at(cols.band), bandsSoFar, labels[3]), numFmt: 'integer' },
    undefined,
    { formula: f.exitListFormula(index + 1, column(cols.exit), column(2), column(4)) },
  ];
}
