import { columnLetter } from '../cells';
import type { Policy } from '../policy/types';
import type { MemberRecord } from '../records';
import type { RosterSnapshot } from './collected';
import { isDepartmentName, knownTitles, splitPost, type Post } from './splitPost';
import type { Issue } from '../issue';

type Titles = Policy['rules']['titles'];

interface Combined {
  readonly roster: RosterSnapshot;
  readonly field: 'department' | 'title';
  readonly col: number;
}

const inRoster = (m: MemberRecord, r: RosterSnapshot): boolean =>
  m.ref.sheet === r.mapping.sheet &&
  m.ref.file === r.mapping.file &&
  m.ref.row >= r.mapping.firstDataRow &&
  (r.mapping.lastDataRow === undefined || m.ref.row <= r.mapping.lastDataRow);

/** A roster with one of 部门 / 职务 whose cells hold both ('学习部部长'), or undefined. */
function combinedColumn(
  r: RosterSnapshot,
  members: readonly MemberRecord[],
  known: readonly string[],
  titles: Titles,
): Combined | undefined {
  const { department, title } = r.mapping.columns;
  if ((department === undefined) === (title === undefined)) return undefined;
  const field = department !== undefined ? 'department' : 'title';
  const col = department ?? title ?? 0;
  const header = r.mapping.headers.find((h) => h.col === col)?.text ?? '';
  const both = header.includes('部门') && header.includes('职');
  const anySplit = members.some((m) => {
    const value = m[field];
    return inRoster(m, r) && value !== undefined && splitPost(value, known, titles)?.department;
  });
  return both || anySplit ? { roster: r, field, col } : undefined;
}

/**
 * Rosters that write 部门 and 职务 in one cell ('学习部部长', '秘书处 干事', '主席团主席'): the cell
 * is split at a known title after a department name, so the department rules can run. A value that
 * cannot be split is reported and left as the header said; the teacher is told what was split.
 */
export function splitCombinedPosts(
  members: readonly MemberRecord[],
  rosters: readonly RosterSnapshot[],
  titles: Titles,
): { members: readonly MemberRecord[]; issues: Issue[]; split: boolean } {
  const known = knownTitles(titles);
  const combined = rosters
    .map((r) => combinedColumn(r, members, known, titles))
    .filter((c): c is Combined => c !== undefined);
  if (combined.length === 0) return { members, issues: [], split: false };
  const issues: Issue[] = [];
  const examples = new Map<Combined, { value: string; post: Post; count: number }>();
  const out = members.map((m) => {
    const c = combined.find((x) => inRoster(m, x.roster));
    const value = c ? m[c.field] : undefined;
    if (!c || value === undefined) return m;
    const post = splitPost(value, known, titles);
    if (post) {
      const seen = examples.get(c);
      if (seen) seen.count++;
      else if (post.department) examples.set(c, { value, post, count: 1 });
      const { department: _d, title: _t, ...rest } = m;
      return {
        ...rest,
        ...(post.department !== undefined ? { department: post.department } : {}),
        title: post.title,
      };
    }
    if (c.field === 'department' && isDepartmentName(value, titles)) return m;
    const ref = { ...m.ref, col: c.col };
    issues.push({
      severity: 'warning',
      messageKey: 'input.post.unsplit',
      params: {
        ...(m.ref.file !== undefined ? { file: m.ref.file } : {}),
        sheet: m.ref.sheet,
        row: m.ref.row,
        col: columnLetter(c.col),
        value,
      },
      ref,
    });
    return m;
  });
  for (const [c, e] of examples) {
    const { file, sheet } = c.roster.mapping;
    issues.unshift({
      severity: 'warning',
      messageKey: 'input.post.split',
      params: {
        ...(file !== undefined ? { file } : {}),
        sheet,
        col: columnLetter(c.col),
        value: e.value,
        department: e.post.department ?? '',
        title: e.post.title,
        count: e.count,
      },
      ref: { ...(file !== undefined ? { file } : {}), sheet, row: c.roster.mapping.headerRow },
    });
  }
  return { members: out, issues, split: true };
}
