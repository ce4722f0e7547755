import type { RowRef } from '../core/cells';
import type { CheckResult } from '../core/result';
import type { TableMapping } from '../core/tables';
import type { Rect } from './address';
import type { MarkKind } from './owner';

/** Areas to paint on one sheet, per kind. */
export type SheetMarks = Map<MarkKind, Rect[]>;

/** Kinds in the order their formats are added; a later one wins where they overlap (WPS gives the newest rule priority). */
export const KIND_ORDER: readonly MarkKind[] = ['pending', 'ineligible', 'overLimit'];

type Roster = TableMapping<'roster'>;

/** The roster table a row belongs to (the lowest header above it), if any. */
function tableOf(rosters: readonly Roster[], ref: RowRef): Roster | undefined {
  if (ref.file !== undefined) return undefined;
  let best: Roster | undefined;
  for (const m of rosters) {
    if (m.sheet !== ref.sheet || ref.row < m.firstDataRow) continue;
    if (m.lastDataRow !== undefined && ref.row > m.lastDataRow) continue;
    if (!best || m.headerRow > best.headerRow) best = m;
  }
  return best;
}

function widthOf(m: Roster): { c1: number; c2: number } {
  const cols = [...m.headers.map((h) => h.col), ...Object.values<number>(m.columns)];
  return { c1: Math.min(...cols), c2: Math.max(...cols) };
}

/**
 * What the WPS add-in paints on the teacher's roster, by sheet: the table row of each ineligible
 * and each 待核实 member, the 部门 cell of each member of a department over its limit, and the
 * 职务 cell of each title that must not exist. Rows of imported files are never painted.
 */
export function planMarks(result: CheckResult): Map<string, SheetMarks> {
  const rosters = result.mappings.filter((m): m is Roster => m.kind === 'roster');
  const out = new Map<string, SheetMarks>();
  const seen = new Set<string>();
  const put = (kind: MarkKind, ref: RowRef, col?: number): void => {
    const table = tableOf(rosters, ref);
    if (!table) return;
    const { c1, c2 } = col === undefined ? widthOf(table) : { c1: col, c2: col };
    const key = `${kind}|${ref.sheet}|${ref.row}|${c1}|${c2}`;
    if (seen.has(key)) return;
    seen.add(key);
    const sheet = out.get(ref.sheet) ?? new Map<MarkKind, Rect[]>();
    out.set(ref.sheet, sheet);
    const list = sheet.get(kind) ?? [];
    sheet.set(kind, list);
    list.push({ r1: ref.row, c1, r2: ref.row, c2 });
  };
  for (const v of result.members)
    if (v.status === 'ineligible' || v.status === 'pending') put(v.status, v.member.ref);
  const over = new Set(result.departments.filter((d) => d.overLimit).map((d) => d.name));
  const deptRows: RowRef[] = result.members
    .filter((v) => v.member.department !== undefined && over.has(v.member.department))
    .map((v) => v.member.ref);
  for (const f of result.findings) {
    if (f.severity !== 'violation') continue;
    if (f.subject.kind === 'department') {
      if (f.ref) deptRows.push(f.ref);
      deptRows.push(...(f.refs ?? []));
    }
    if (f.code === 'titles' && f.ref) {
      const col = tableOf(rosters, f.ref)?.columns.title;
      if (col !== undefined) put('overLimit', f.ref, col);
    }
  }
  for (const ref of deptRows) {
    const col = tableOf(rosters, ref)?.columns.department;
    if (col !== undefined) put('overLimit', ref, col);
  }
  for (const sheet of out.values()) for (const [k, list] of sheet) sheet.set(k, joinRows(list));
  return out;
}

/** Consecutive rows of the same columns as one area: fewer formats for WPS to keep. */
function joinRows(areas: readonly Rect[]): Rect[] {
  const sorted = [...areas].sort((a, b) => a.c1 - b.c1 || a.c2 - b.c2 || a.r1 - b.r1);
  const out: Rect[] = [];
  for (const a of sorted) {
    const last = out[out.length - 1];
    if (last && last.c1 === a.c1 && last.c2 === a.c2 && a.r1 <= last.r2 + 1)
      out[out.length - 1] = { ...last, r2: Math.max(last.r2, a.r2) };
    else out.push(a);
  }
  return out;
}
