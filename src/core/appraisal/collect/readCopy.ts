import { columnLetter } from '../../cells';
import type { CellValue } from '../../cells';
import type { SheetGrid } from '../../tables';
import { rosterMember } from '../generation';
import type { RosterEntry } from '../generation';
import type { AppraisalTemplate, AppraisedMember } from '../types';
import type { FormColumns } from './formColumns';
import { cellText, readScore } from './scoreCell';
import type { ScoreCell } from './scoreCell';
import type { Issue } from '../../issue';

/** One member's row on a filled copy. */
export interface CopyRow {
  readonly member: AppraisedMember;
  readonly row: number;
  readonly scores: readonly ScoreCell[];
}

/** One filled copy of a form: a sheet of one file, scored by one group. */
export interface FormCopy {
  readonly file: string;
  readonly sheet: string;
  readonly group: string;
  readonly department: string;
  readonly rows: readonly CopyRow[];
}

export interface CopyContext {
  readonly file: string;
  readonly group: string;
  /** The department the settings give this sheet, when the sheet is known. */
  readonly department?: string;
  readonly template: AppraisalTemplate;
  /** Who the forms were generated for; rows for anyone else are reported, not collected. */
  readonly roster?: readonly RosterEntry[];
}

/** The roster entry a row stands for: by 学号 (two people may share a name), by name only without one. */
function onRoster(
  roster: readonly RosterEntry[],
  studentId: string,
  name: string,
): RosterEntry | undefined {
  if (studentId) return roster.find((e) => e.studentId === studentId);
  const named = roster.filter((e) => e.name === name);
  return named.length === 1 ? named[0] : undefined;
}

/** The member a row stands for, or the issue why it is nobody on the roster. */
function rowMember(
  ctx: CopyContext,
  sheet: string,
  row: number,
  typed: AppraisedMember,
): { member?: AppraisedMember; issue?: Issue } {
  if (!ctx.roster) return { member: typed };
  const where = { file: ctx.file, sheet, row };
  const entry = onRoster(ctx.roster, typed.studentId, typed.name);
  const params = { ...where, name: typed.name, studentId: typed.studentId };
  if (!entry)
    return {
      issue: {
        severity: 'warning',
        messageKey: 'appraisal.collect.notOnRoster',
        params,
        ref: where,
      },
    };
  const member = rosterMember(entry);
  if (typed.name === entry.name || typed.name === '') return { member };
  return {
    member,
    issue: {
      severity: 'warning',
      messageKey: 'appraisal.collect.nameChanged',
      params: { ...params, studentId: entry.studentId, rosterName: entry.name },
      ref: where,
    },
  };
}

function scoreIssue(
  ctx: CopyContext,
  grid: SheetGrid,
  row: number,
  col: number,
  member: AppraisedMember,
  dim: number,
  score: ScoreCell,
): Issue | undefined {
  const dimension = ctx.template.dimensions[dim];
  if (!dimension) return undefined;
  const params = {
    file: ctx.file,
    sheet: grid.sheet,
    cell: `${columnLetter(col)}${row}`,
    name: member.name,
    dimension: dimension.name,
    max: dimension.max,
  };
  const ref = { file: ctx.file, sheet: grid.sheet, row, col };
  if (score.kind === 'missing')
    return { severity: 'warning', messageKey: 'appraisal.collect.missingScore', params, ref };
  if (score.kind === 'invalid')
    return {
      severity: 'warning',
      messageKey: 'appraisal.collect.notNumber',
      params: { ...params, value: score.shown },
      ref,
    };
  if (score.value < 0 || score.value > dimension.max)
    return {
      severity: 'warning',
      messageKey: 'appraisal.collect.outOfRange',
      params: { ...params, value: score.value },
      ref,
    };
  if (score.fromText)
    return {
      severity: 'warning',
      messageKey: 'appraisal.collect.textNumber',
      params: { ...params, value: score.value },
      ref,
    };
  return undefined;
}

/** Reads the member rows under a form's header until the first row with neither name nor 学号. */
export function readCopy(
  grid: SheetGrid,
  columns: FormColumns,
  ctx: CopyContext,
): { copy: FormCopy; issues: Issue[] } {
  const first = grid.firstRow ?? 1;
  const issues: Issue[] = [];
  const rows: CopyRow[] = [];
  const seen = new Set<string>();
  const at = (cells: readonly (CellValue | undefined)[], col: number | undefined) =>
    col === undefined ? undefined : cells[col - 1];
  for (let i = columns.headerRow - first + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    const row = first + i;
    const name = cellText(at(cells, columns.name));
    const studentId = cellText(at(cells, columns.studentId));
    if (!name && !studentId) break;
    const typed: AppraisedMember = {
      name,
      studentId,
      department: cellText(at(cells, columns.department)) || ctx.department || '',
      title: cellText(at(cells, columns.title)),
    };
    const found = rowMember(ctx, grid.sheet, row, typed);
    if (found.issue) issues.push(found.issue);
    const member = found.member;
    if (!member) continue;
    const key = member.studentId || member.name;
    if (seen.has(key)) {
      issues.push({
        severity: 'warning',
        messageKey: 'appraisal.collect.duplicateMember',
        params: { file: ctx.file, sheet: grid.sheet, row, name },
        ref: { file: ctx.file, sheet: grid.sheet, row },
      });
      continue;
    }
    seen.add(key);
    const scores = columns.dims.map((col) => readScore(cells[col - 1]));
    scores.forEach((score, dim) => {
      const issue = scoreIssue(ctx, grid, row, columns.dims[dim] ?? 0, member, dim, score);
      if (issue) issues.push(issue);
    });
    rows.push({ member, row, scores });
  }
  const departments = new Set(rows.map((r) => r.member.department));
  const department = ctx.department ?? (departments.size === 1 ? ([...departments][0] ?? '') : '');
  return {
    copy: { file: ctx.file, sheet: grid.sheet, group: ctx.group, department, rows },
    issues,
  };
}
