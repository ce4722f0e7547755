import { columnLetter } from '../cells';
import { sheetPrefix } from './sheetNames';

/*
 * Formula text for the forms and the summary. Only functions Excel, WPS and LibreOffice all
 * evaluate the same way: SUM, AVERAGE, MAX, MIN, COUNT, COUNTIF, RANK, IF, AND, OR, INDEX, MATCH,
 * SUMPRODUCT, ROUND, INT. No dynamic arrays, LET, XLOOKUP, IFS or RANK.EQ. Formulas omit the `=`.
 */

/** `E6` or `$E$6`. */
export function cellAddress(col: number, row: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

/** A one-row range `E6:I6`. */
export function rowRange(row: number, firstCol: number, lastCol: number): string {
  return `${cellAddress(firstCol, row)}:${cellAddress(lastCol, row)}`;
}

/** An absolute one-column range `$J$6:$J$20`. */
export function columnRange(col: number, firstRow: number, lastRow: number): string {
  return `${cellAddress(col, firstRow, true)}:${cellAddress(col, lastRow, true)}`;
}

/** A number as formula text, without binary noise (1.5, 0.8333333333). */
export function numberText(value: number): string {
  return String(Number(value.toPrecision(10)));
}

/**
 * The form's 总分: blank until every dimension is scored (so a half-filled row never counts),
 * then the sum, scaled per dimension when the template is weighted or its maxima do not add to 100.
 */
export function totalFormula(row: number, firstCol: number, factors: readonly number[]): string {
  const range = rowRange(row, firstCol, firstCol + factors.length - 1);
  const sum = factors.every((f) => f === 1)
    ? `SUM(${range})`
    : factors.map((f, i) => `${cellAddress(firstCol + i, row)}*${numberText(f)}`).join('+');
  return `IF(COUNT(${range})<${factors.length},"",ROUND(${sum},2))`;
}

/** A member's total on a form, found by 学号 so sorting the form does not mix people up. */
export function lookupTotal(
  sheet: string,
  keyCell: string,
  keyCol: number,
  totalCol: number,
  first: number,
  last: number,
): string {
  const p = sheetPrefix(sheet);
  return `INDEX(${p}${columnRange(totalCol, first, last)},MATCH(${keyCell},${p}${columnRange(keyCol, first, last)},0))`;
}

/** A member's total by its fixed cell (members without a unique 学号). */
export function directTotal(sheet: string, col: number, row: number): string {
  return `${sheetPrefix(sheet)}${cellAddress(col, row, true)}`;
}

/** Mean of the numbers in `range`, blank when there are none. */
export function meanFormula(range: string): string {
  return `IF(COUNT(${range})=0,"",ROUND(AVERAGE(${range}),2))`;
}

/** Mean after dropping one highest and one lowest value; a plain mean below three values. */
export function trimmedMeanFormula(range: string): string {
  const r = range;
  return `IF(COUNT(${r})=0,"",IF(COUNT(${r})<3,ROUND(AVERAGE(${r}),2),ROUND((SUM(${r})-MAX(${r})-MIN(${r}))/(COUNT(${r})-2),2)))`;
}

/** Weighted mean over the groups that scored: a missing group's weight is left out, not counted as 0. */
export function weightedMeanFormula(range: string, weights: string): string {
  return `IF(COUNT(${range})=0,"",ROUND(SUMPRODUCT(${range},${weights})/SUMPRODUCT((${range}<>"")*${weights}),2))`;
}

/** Rank among all aggregates (1 = best; ties share the better rank). */
export function rankFormula(cell: string, all: string): string {
  return `IF(COUNT(${cell})=0,"",RANK(${cell},${all}))`;
}

/** The share of the 优秀 band allowed by the quota: INT(count x quota / 100); blank without a quota. */
export function quotaSlotsFormula(quotaCell: string, all: string): string {
  return `IF(${quotaCell}="","",INT(COUNT(${all})*${quotaCell}/100))`;
}

export interface BandCells {
  readonly excellent: string;
  readonly good: string;
  readonly pass: string;
  readonly quota: string;
  readonly slots: string;
}

/** The grade band; 优秀 also needs a rank within the quota when one is set. */
export function bandFormula(
  score: string,
  rank: string,
  cells: BandCells,
  labels: readonly [string, string, string, string],
): string {
  const [excellent, good, pass, fail] = labels.map((label) => `"${label.replace(/"/g, '""')}"`);
  const withinQuota = `OR(${cells.quota}="",${rank}<=${cells.slots})`;
  return `IF(COUNT(${score})=0,"",IF(AND(${score}>=${cells.excellent},${withinQuota}),${excellent},IF(${score}>=${cells.good},${good},IF(${score}>=${cells.pass},${pass},${fail}))))`;
}

/** 1, 2, 3... on the rows whose band is 不合格 (feeds the exit-mechanism list). */
export function exitSequenceFormula(band: string, bandsFromTop: string, failLabel: string): string {
  const fail = `"${failLabel.replace(/"/g, '""')}"`;
  return `IF(${band}=${fail},COUNTIF(${bandsFromTop},${fail}),"")`;
}

/** The k-th 不合格 member as `姓名（部门）`, blank past the last one. */
export function exitListFormula(
  k: number,
  sequences: string,
  names: string,
  departments: string,
): string {
  const match = `MATCH(${k},${sequences},0)`;
  return `IF(COUNT(${sequences})<${k},"",INDEX(${names},${match})&"（"&INDEX(${departments},${match})&"）")`;
}
