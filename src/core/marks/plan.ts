import type { RowRef } from '../cells';
import type { CheckResult } from '../result';
import type { TableMapping } from '../tables';
import { mergeRows, type Area } from './area';
import type { MarkKind } from './kinds';

/** The areas to paint on one sheet, per kind, consecutive rows merged. */
export type SheetMarks = Readonly<Record<MarkKind, readonly Area[]>>;

type Roster = TableMapping<'roster'>;

/** The roster table a row belongs to (the lowest header above it), if any. */
function rosterOf(rosters: readonly Roster[], ref: RowRef): Roster | undefined {
  if (ref.file !== undefined) return undefined;
  let best: Roster | undefined;
  for (const m of rosters) {
    if (m.sheet !== ref.sheet || ref.row < m.firstDataRow) continue;
    if (m.lastDataRow !== undefined && ref.row > m.lastDataRow) continue;
    if (!best || m.headerRow > best.headerRow) best = m;
  }
  return best;
}

function span(m: Roster): { c1: number; c2: number } {
  const cols = [...m.headers.map((h) => h.col), ...Object.values<number>(m.columns)];
  return { c1: Math.min(...cols), c2: Math.max(...cols) };
}

/**
 * Where a host paints a teacher's roster, by sheet: whole table rows of ineligible and 待核实
 * members, the 部门 cell of every member of a department that breaks its limits, and the 职务 cell
 * of a title that must not exist. Only rows of the open workbook, never rows of imported files.
 */
export function planMarks(result: CheckResult): Map<string, SheetMarks> {
  const rosters = result.mappings.filter((m): m is Roster => m.kind === 'roster');
  const bySheet = new Map<string, Record<MarkKind, Map<string, Area>>>();
  const add = (kind: MarkKind, ref: RowRef, col?: number): void => {
    const m = rosterOf(rosters, ref);
    if (!m) return;
    const { c1, c2 } = col === undefined ? span(m) : { c1: col, c2: col };
    const areas = bySheet.get(ref.sheet) ?? {
      ineligible: new Map(),
      pending: new Map(),
      overLimit: new Map(),
    };
    areas[kind].set(`${ref.row},${c1},${c2}`, { r1: ref.row, c1, r2: ref.row, c2 });
    bySheet.set(ref.sheet, areas);
  };
  for (const v of result.members) {
    if (v.status === 'ineligible' || v.status === 'pending') add(v.status, v.member.ref);
  }
  const broken = new Set(result.departments.filter((d) => d.breaksLimits).map((d) => d.name));
  const deptRefs: RowRef[] = result.members
    .filter((v) => v.member.department !== undefined && broken.has(v.member.department))
    .map((v) => v.member.ref);
  for (const f of result.findings) {
    if (f.severity !== 'violation') continue;
    if (f.subject.kind === 'department')
      deptRefs.push(...(f.refs ?? []), ...(f.ref ? [f.ref] : []));
    if (f.code === 'titles' && f.ref) {
      const col = rosterOf(rosters, f.ref)?.columns.title;
      if (col !== undefined) add('overLimit', f.ref, col);
    }
  }
  for (const ref of deptRefs) {
    const col = rosterOf(rosters, ref)?.columns.department;
    if (col !== undefined) add('overLimit', ref, col);
  }
  const out = new Map<string, SheetMarks>();
  for (const [sheet, a] of bySheet)
    out.set(sheet, {
      ineligible: mergeRows([...a.ineligible.values()]),
      pending: mergeRows([...a.pending.values()]),
      overLimit: mergeRows([...a.overLimit.values()]),
    });
  return out;
}
