import type { CellValue, RowRef } from '../cells';
import { isCellError } from '../cells';
import { t, type Lang } from '../messages';
import type { CheckResult, MemberStatus } from '../result';
import { academicText } from './academicText';
import { fitRowHeights } from './rowHeights';
import type { CellStyle, ModelCell, ModelSheet } from './sheetModel';

/** 加权平均分, 专业排名, 不及格课程, 检查结果, 原因. */
const EXTRA_COLUMNS = 5;

const STATUS_STYLE: Record<MemberStatus, CellStyle | undefined> = {
  eligible: undefined,
  ineligible: 'violation',
  pending: 'pending',
};

function modelValue(v: CellValue | undefined): ModelCell['value'] {
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

/**
 * A copy of the roster(s) with every original column, then the academic record (so a teacher can
 * check it by hand), 检查结果 and 原因; ineligible and 待核实 rows filled. The teacher's own roster is never touched by the command line.
 */
export function rosterCopy(
  result: CheckResult,
  lang: Lang,
  name: string,
  reasonsOf: (studentId: string) => string,
): { sheet: ModelSheet; rows: RowMap } {
  const rows: (ModelCell | undefined)[][] = [];
  const rowStyles: Record<number, CellStyle> = {};
  const map = new Map<string, number>();
  const verdicts = new Map(result.members.map((v) => [rowKey(v.member.ref), v]));
  let width = 0;
  for (const roster of result.rosters) {
    const headerCols = roster.mapping.headers.map((h) => h.col);
    const lastCol = Math.max(0, ...headerCols);
    width = Math.max(width, lastCol + EXTRA_COLUMNS);
    const header: ModelCell[] = [];
    for (let c = 1; c <= lastCol; c++) {
      const h = roster.mapping.headers.find((x) => x.col === c);
      header.push({ value: h?.text ?? '', style: 'header' });
    }
    for (const key of ['report.col.average', 'report.col.rank', 'report.col.failed'])
      header.push({ value: t(key, lang), style: 'header' });
    header.push({ value: t('report.col.status', lang), style: 'header' });
    header.push({ value: t('report.col.reasons', lang), style: 'header' });
    rows.push(header);
    for (const r of roster.rows) {
      const cells: ModelCell[] = [];
      for (let c = 1; c <= lastCol; c++) cells.push({ value: modelValue(r.cells[c - 1]) });
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
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '1:1' },
    },
    rows: map,
  };
}
