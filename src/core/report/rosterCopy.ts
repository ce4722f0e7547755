import type { CellValue, RowRef } from '../cells';
import { columnLetter, isCellError } from '../cells';
import type { InputIssue } from '../findings';
import { t, type Lang } from '../messages';
import type { CheckResult, MemberStatus } from '../result';
import { academicText } from './academicText';
import { MAX_COLUMNS } from './excelLimits';
import { fitRowHeights } from './rowHeights';
import type { CellStyle, ModelCell, ModelSheet } from './sheetModel';

/** 加权平均分, 专业排名, 不及格课程, 检查结果, 原因. */
const EXTRA_COLUMNS = 5;
/** The roster's own columns that fit before the extra ones within Excel's last column. */
const MAX_ROSTER_COLUMNS = MAX_COLUMNS - EXTRA_COLUMNS;
/** Left-out columns named one by one in the note; a header row cannot leave out more than 5. */
const NAMED_COLUMNS = 8;

const STATUS_STYLE: Record<MemberStatus, CellStyle | undefined> = {
  eligible: undefined,
  ineligible: 'violation',
  pending: 'pending',
};

function modelValue(v: CellValue | undefined): Exclude<ModelCell['value'], undefined> {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return v;
}

/** Where each roster row landed in the copy: `sheet\u0000row` → copy row. */
export type RowMap = ReadonlyMap<string, number>;

export function rowKey(ref: RowRef): string {
  return `${ref.file ?? ''}\u0000${ref.sheet}\u0000${ref.row}`;
}

/** The note for roster columns that did not fit, naming each by letter and header. */
function leftOutNote(roster: CheckResult['rosters'][number], from: number, to: number): InputIssue {
  const named: string[] = [];
  for (let c = from; c <= to && named.length < NAMED_COLUMNS; c++) {
    const header = roster.mapping.headers.find((h) => h.col === c)?.text;
    named.push(header ? `${columnLetter(c)}（${header}）` : columnLetter(c));
  }
  if (to - from + 1 > named.length) named.push('…');
  return {
    severity: 'warning',
    messageKey: 'report.note.columnsLeftOut',
    params: { sheet: roster.mapping.sheet, columns: named.join('、') },
  };
}

/**
 * A copy of the roster(s) with every original column, then the academic record (so a teacher can
 * check it by hand), 检查结果 and 原因; ineligible and 待核实 rows filled. The teacher's own roster is never touched by the command line.
 */
export function rosterCopy(
  result: CheckResult,
  lang: Lang,
  name: string,
  reasonsOf: (studentId: string) => string,
): { sheet: ModelSheet; rows: RowMap; notes: InputIssue[] } {
  const rows: (ModelCell | undefined)[][] = [];
  const rowStyles: Record<number, CellStyle> = {};
  const map = new Map<string, number>();
  const verdicts = new Map(result.members.map((v) => [rowKey(v.member.ref), v]));
  const notes: InputIssue[] = [];
  let width = 0;
  for (const roster of result.rosters) {
    const headerCols = roster.mapping.headers.map((h) => h.col);
    const fullWidth = headerCols.reduce((a, b) => Math.max(a, b), 0);
    // Excel stops at XFD: a header reaching the last columns leaves no room for the results.
    const lastCol = Math.min(fullWidth, MAX_ROSTER_COLUMNS);
    if (fullWidth > lastCol) notes.push(leftOutNote(roster, lastCol + 1, fullWidth));
    width = Math.max(width, lastCol + EXTRA_COLUMNS);
    const headerText = new Map(roster.mapping.headers.map((h) => [h.col, h.text]));
    const header: ModelCell[] = [];
    for (let c = 1; c <= lastCol; c++) {
      header.push({ value: headerText.get(c) ?? '', style: 'header' });
    }
    for (const key of ['report.col.average', 'report.col.rank', 'report.col.failed'] as const)
      header.push({ value: t(key, lang), style: 'header' });
    header.push({ value: t('report.col.status', lang), style: 'header' });
    header.push({ value: t('report.col.reasons', lang), style: 'header' });
    rows.push(header);
    for (const r of roster.rows) {
      // Empty cells stay `undefined`: a header reaching XFD must not cost 16,000 objects a row.
      const cells: (ModelCell | undefined)[] = [];
      for (let c = 1; c <= lastCol; c++) {
        const value = modelValue(r.cells[c - 1]);
        cells.push(value === null ? undefined : { value });
      }
      const verdict = verdicts.get(rowKey(r.ref));
      if (verdict) {
        const record = academicText(verdict.academic, lang);
        cells.push({ value: record.average, numFmt: 'decimal2' });
        cells.push({ value: record.rank, wrap: true });
        cells.push({ value: record.failed, wrap: true });
        cells.push({ value: t(`status.${verdict.status}`, lang) });
        cells.push({ value: reasonsOf(verdict.member.studentId), wrap: true });
        const style = STATUS_STYLE[verdict.status];
        if (style) rowStyles[rows.length + 1] = style;
      }
      rows.push(cells);
      map.set(rowKey(r.ref), rows.length);
    }
    rows.push([]);
  }
  // Reasons, failed courses and the rank (which says where it came from) get room to read.
  const widths = Array.from({ length: width }, (_, i) =>
    i === width - 1 ? 60 : i === width - 3 || i === width - 4 ? 24 : 12,
  );
  return {
    sheet: {
      name,
      rows,
      columnWidths: widths,
      rowHeights: fitRowHeights(rows, widths),
      freeze: { rows: 1 },
      rowStyles,
      // Landscape, the header row on every page, and only the table (not the blank rows after it).
      print: {
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        titleRows: '1:1',
        ...(width > 0 && rows.length > 1
          ? { area: `A1:${columnLetter(width)}${rows.length - 1}` }
          : {}),
      },
    },
    rows: map,
    notes,
  };
}
