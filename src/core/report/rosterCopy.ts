import type { CellValue, RowRef } from '../cells';
import { columnLetter, isCellError } from '../cells';
import type { Issue } from '../issue';
import { t, type Lang, type MessageKey } from '../messages';
import type { CheckResult, MemberStatus } from '../result';
import { academicText } from './academicText';
import { MAX_COLUMNS } from './excelLimits';
import { fitRowHeights } from './rowHeights';
import type { CellStyle, ModelCell, ModelSheet } from './sheetModel';

/** 检查结果, 原因, then 加权平均分, 专业排名, 不及格课程. */
const EXTRA_COLUMNS = 5;
/** Left-out columns named one by one in the note; a header row cannot leave out more than 5. */
const NAMED_COLUMNS = 8;
/**
 * The roster columns a reviewer reads on paper, in this order, before the product's 检查结果 and
 * 原因 (the print area); the teacher's other columns follow the product's, all kept.
 */
const REVIEW_FIELDS = ['studentId', 'name', 'className', 'major', 'department', 'title'] as const;
type ReviewField = (typeof REVIEW_FIELDS)[number];

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

type Roster = CheckResult['rosters'][number];

/** A roster's reviewer columns by field; one cell holding 部门 and 职务 is taken once. */
function reviewColumns(roster: Roster): Map<ReviewField, number> {
  const out = new Map<ReviewField, number>();
  const taken = new Set<number>();
  for (const field of REVIEW_FIELDS) {
    const col = roster.mapping.columns[field];
    if (col === undefined || taken.has(col)) continue;
    out.set(field, col);
    taken.add(col);
  }
  return out;
}

/**
 * Where each copy column comes from: the reviewer slots shared by every roster block (so one
 * print area serves them all), then the block's other columns in their own order, cut at Excel's
 * last column.
 */
interface BlockLayout {
  /** Per reviewer slot, the roster column or undefined when this roster lacks the field. */
  readonly review: readonly (number | undefined)[];
  readonly others: readonly number[];
  readonly leftOut: readonly number[];
}

function blockLayout(roster: Roster, slots: readonly ReviewField[]): BlockLayout {
  const review = reviewColumns(roster);
  const reviewCols = new Set(review.values());
  const fullWidth = roster.mapping.headers.reduce((a, h) => Math.max(a, h.col), 0);
  const rest: number[] = [];
  for (let c = 1; c <= fullWidth; c++) if (!reviewCols.has(c)) rest.push(c);
  // Excel stops at XFD: a header reaching the last columns leaves no room for the results.
  const room = Math.max(0, MAX_COLUMNS - slots.length - EXTRA_COLUMNS);
  return {
    review: slots.map((f) => review.get(f)),
    others: rest.slice(0, room),
    leftOut: rest.slice(room),
  };
}

/** Where each roster row landed in the copy: `sheet\u0000row` → copy row. */
export type RowMap = ReadonlyMap<string, number>;

export function rowKey(ref: RowRef): string {
  return `${ref.file ?? ''}\u0000${ref.sheet}\u0000${ref.row}`;
}

/** The note for roster columns that did not fit, naming each by letter and header. */
function leftOutNote(roster: Roster, cols: readonly number[]): Issue {
  const named = cols.slice(0, NAMED_COLUMNS).map((c) => {
    const header = roster.mapping.headers.find((h) => h.col === c)?.text;
    return header ? `${columnLetter(c)}（${header}）` : columnLetter(c);
  });
  if (cols.length > named.length) named.push('…');
  return {
    severity: 'warning',
    messageKey: 'report.note.columnsLeftOut',
    params: { sheet: roster.mapping.sheet, columns: named.join('、') },
  };
}

/**
 * A copy of the roster(s) with every original column: first the ones a reviewer reads (学号, 姓名,
 * 班级, 专业, 部门, 职务), 检查结果 and 原因, which are the print area; then the academic record (so a
 * teacher can check it by hand) and the teacher's other columns. Ineligible and 待核实 rows are
 * filled. The teacher's own roster is never touched by the command line.
 */
export function rosterCopy(
  result: CheckResult,
  lang: Lang,
  name: string,
  reasonsOf: (studentId: string) => string,
): { sheet: ModelSheet; rows: RowMap; notes: Issue[] } {
  const rows: (ModelCell | undefined)[][] = [];
  const rowStyles: Record<number, CellStyle> = {};
  const map = new Map<string, number>();
  const verdicts = new Map(result.members.map((v) => [rowKey(v.member.ref), v]));
  const notes: Issue[] = [];
  const present = new Set(result.rosters.flatMap((r) => [...reviewColumns(r).keys()]));
  const slots = REVIEW_FIELDS.filter((f) => present.has(f));
  const printed = slots.length + 2;
  let width = 0;
  for (const roster of result.rosters) {
    const layout = blockLayout(roster, slots);
    if (layout.leftOut.length > 0) notes.push(leftOutNote(roster, layout.leftOut));
    width = Math.max(width, printed + 3 + layout.others.length);
    const headerText = new Map(roster.mapping.headers.map((h) => [h.col, h.text]));
    const own = (c: number | undefined): ModelCell => ({
      value: c === undefined ? '' : (headerText.get(c) ?? ''),
      style: 'header',
    });
    const product = (key: MessageKey): ModelCell => ({ value: t(key, lang), style: 'header' });
    rows.push([
      ...layout.review.map(own),
      product('report.col.status'),
      product('report.col.reasons'),
      product('report.col.average'),
      product('report.col.rank'),
      product('report.col.failed'),
      ...layout.others.map(own),
    ]);
    for (const r of roster.rows) {
      // Empty cells stay `undefined`: a header reaching XFD must not cost 16,000 objects a row.
      const cellAt = (c: number | undefined): ModelCell | undefined => {
        const value = c === undefined ? null : modelValue(r.cells[c - 1]);
        return value === null ? undefined : { value };
      };
      const verdict = verdicts.get(rowKey(r.ref));
      const results: (ModelCell | undefined)[] = Array<undefined>(EXTRA_COLUMNS).fill(undefined);
      if (verdict) {
        const record = academicText(verdict.academic, lang);
        results.splice(
          0,
          EXTRA_COLUMNS,
          { value: t(`status.${verdict.status}`, lang) },
          { value: reasonsOf(verdict.member.studentId), wrap: true },
          { value: record.average, numFmt: 'decimal2' },
          { value: record.rank, wrap: true },
          { value: record.failed, wrap: true },
        );
        const style = STATUS_STYLE[verdict.status];
        if (style) rowStyles[rows.length + 1] = style;
      }
      rows.push([...layout.review.map(cellAt), ...results, ...layout.others.map(cellAt)]);
      map.set(rowKey(r.ref), rows.length);
    }
    rows.push([]);
  }
  // Reasons, failed courses and the rank (which says where it came from) get room to read.
  const wide: Readonly<Record<number, number>> = {
    [printed - 1]: 60,
    [printed + 1]: 24,
    [printed + 2]: 24,
  };
  const widths = Array.from({ length: width }, (_, i) => wide[i] ?? 12);
  return {
    sheet: {
      name,
      rows,
      columnWidths: widths,
      rowHeights: fitRowHeights(rows, widths),
      freeze: { rows: 1 },
      rowStyles,
      // Landscape, the header row on every page, and only what a reviewer reads: the reviewer
      // columns, 检查结果 and 原因, down to the table's last row (not the blank row after it).
      print: {
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        titleRows: '1:1',
        ...(width > 0 && rows.length > 1
          ? { area: `A1:${columnLetter(printed)}${rows.length - 1}` }
          : {}),
      },
    },
    rows: map,
    notes,
  };
}
