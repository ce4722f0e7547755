import type { RowRef } from '../core/cells';
import type { CheckResult } from '../core/result';
import { HIGHLIGHT } from '../core/report/styles';
import type { TableMapping } from '../core/tables';
import { addressLists, mergeRows, type Area } from './address';
import type { MarkKind } from './marks';

/** The colour of each highlight kind (report/styles.ts). */
export const MARK_COLOURS: Readonly<Record<MarkKind, string>> = HIGHLIGHT;

/** Highlights of one sheet: address lists per kind, each list under the getRanges limit. */
export interface SheetHighlights {
  readonly sheet: string;
  readonly lists: Readonly<Record<MarkKind, readonly string[]>>;
}

/** Kinds in the order they are added: the last added has the top priority, so over-limit cells win. */
export const MARK_ORDER: readonly MarkKind[] = ['pending', 'ineligible', 'overLimit'];

type Roster = TableMapping<'roster'>;

function rosterOf(rosters: readonly Roster[], ref: RowRef): Roster | undefined {
  if (ref.file !== undefined) return undefined;
  return rosters
    .filter(
      (m) =>
        m.sheet === ref.sheet &&
        ref.row >= m.firstDataRow &&
        (m.lastDataRow === undefined || ref.row <= m.lastDataRow),
    )
    .sort((a, b) => b.headerRow - a.headerRow)[0];
}

function span(m: Roster): { c1: number; c2: number } {
  const cols = [...m.headers.map((h) => h.col), ...Object.values<number>(m.columns)];
  return { c1: Math.min(...cols), c2: Math.max(...cols) };
}

/**
 * Where the product paints a teacher's roster: whole table rows of ineligible and 待核实 members,
 * the 部门 cell of every member of an over-limit department, and the 职务 cell of a title that
 * must not exist. Only rows of the open workbook are painted, never rows of imported files.
 */
export function planHighlights(result: CheckResult): SheetHighlights[] {
  const rosters = result.mappings.filter((m): m is Roster => m.kind === 'roster');
  const bySheet = new Map<string, Record<MarkKind, Area[]>>();
  const add = (kind: MarkKind, ref: RowRef, col?: number): void => {
    const m = rosterOf(rosters, ref);
    if (!m) return;
    const { c1, c2 } = span(m);
    const area =
      col === undefined
        ? { r1: ref.row, c1, r2: ref.row, c2 }
        : { r1: ref.row, c1: col, r2: ref.row, c2: col };
    const areas = bySheet.get(ref.sheet) ?? { ineligible: [], pending: [], overLimit: [] };
    areas[kind].push(area);
    bySheet.set(ref.sheet, areas);
  };
  for (const v of result.members) {
    if (v.status === 'ineligible') add('ineligible', v.member.ref);
    else if (v.status === 'pending') add('pending', v.member.ref);
  }
  const overDepartments = new Set(
    result.departments.filter((d) => d.breaksLimits).map((d) => d.name),
  );
  const deptRefs: RowRef[] = result.members
    .filter((v) => v.member.department !== undefined && overDepartments.has(v.member.department))
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
  return [...bySheet].map(([sheet, areas]) => ({
    sheet,
    lists: {
      ineligible: addressLists(mergeRows(unique(areas.ineligible))),
      pending: addressLists(mergeRows(unique(areas.pending))),
      overLimit: addressLists(mergeRows(unique(areas.overLimit))),
    },
  }));
}

function unique(areas: readonly Area[]): Area[] {
  const seen = new Map<string, Area>();
  for (const a of areas) seen.set(`${a.r1},${a.c1},${a.r2},${a.c2}`, a);
  return [...seen.values()];
}
