import { columnLetter } from '../cells';
import type { MemberRecord } from '../records';
import type { RosterSnapshot } from './collected';
import { sheetKey } from './sheetKey';
import type { Issue } from '../issue';

interface Run {
  readonly from: MemberRecord;
  readonly department: string;
  first: number;
  last: number;
}

function runIssue(run: Run, col: number): Issue {
  const { sheet, file } = run.from.ref;
  return {
    severity: 'warning',
    messageKey: 'input.department.fromAbove',
    params: {
      ...(file !== undefined ? { file } : {}),
      sheet,
      row: run.first,
      col: columnLetter(col),
      count: run.last - run.first + 1,
      fromRow: run.from.ref.row,
      department: run.department,
    },
    ref: { ...(file !== undefined ? { file } : {}), sheet, row: run.first, col },
  };
}

/**
 * Rosters often merge the 部门 cells of one department into a single tall cell, and every reader
 * sees only its top cell filled. A member row with an empty 部门 directly below a member row with
 * one therefore takes that department; each such run of rows is reported once, so a teacher whose
 * cell was simply left blank sees where the product filled it in.
 */
export function inheritDepartments(
  members: readonly MemberRecord[],
  rosters: readonly RosterSnapshot[],
): { members: MemberRecord[]; issues: Issue[] } {
  const columns = new Map<string, number>();
  for (const r of rosters) {
    const col = r.mapping.columns.department;
    if (col !== undefined) columns.set(sheetKey(r.mapping.file, r.mapping.sheet), col);
  }
  const issues: Issue[] = [];
  const previous = new Map<string, MemberRecord>();
  const runs = new Map<string, Run>();
  const out = members.map((m) => {
    const key = sheetKey(m.ref.file, m.ref.sheet);
    const col = columns.get(key);
    const above = previous.get(key);
    let member = m;
    if (col !== undefined && m.department === undefined && above?.department !== undefined)
      if (above.ref.row === m.ref.row - 1) {
        member = { ...m, department: above.department };
        const run = runs.get(key);
        if (run && run.last === m.ref.row - 1 && run.department === above.department)
          run.last = m.ref.row;
        else {
          if (run) issues.push(runIssue(run, col));
          runs.set(key, {
            from: above,
            department: above.department,
            first: m.ref.row,
            last: m.ref.row,
          });
        }
      }
    previous.set(key, member);
    return member;
  });
  for (const [key, run] of runs) issues.push(runIssue(run, columns.get(key) ?? 1));
  return { members: out, issues };
}
