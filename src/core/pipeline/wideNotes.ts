import { RANK_HEADER } from '../discovery/courseHeader';
import { termLabel } from '../normalize/term';
import type { TableMapping } from '../tables';
import type { MessageKey } from '../messages';
import type { Issue } from '../issue';

const MAX_LISTED = 12;

function list(names: readonly string[]): string {
  const shown = names.slice(0, MAX_LISTED).join('、');
  return names.length > MAX_LISTED ? `${shown} +${names.length - MAX_LISTED}` : shown;
}

/**
 * What the teacher should know about how a class grade summary was read: its courses, the term
 * (or that none was found), courses weighted 1 for want of a credit, columns left unread, and that
 * a 名次 column is the class's order, not the school's 综合排名 of the major.
 */
export function wideNotes(mapping: TableMapping): Issue[] {
  const wide = mapping.wide;
  if (!wide) return [];
  const where = {
    ...(mapping.file !== undefined ? { file: mapping.file } : {}),
    sheet: mapping.sheet,
  };
  const note = (messageKey: MessageKey, params: Record<string, string | number> = {}): Issue => ({
    severity: 'warning',
    messageKey,
    params: { ...where, ...params },
    ref: { ...where, row: mapping.headerRow },
  });
  const names = wide.courses.map((c) =>
    c.credit === undefined ? c.name : `${c.name}(${c.credit})`,
  );
  const out = [note('input.wide.read', { count: wide.courses.length, courses: list(names) })];
  if (wide.attempt === 'makeup') out.push(note('input.wide.makeup'));
  if (wide.term && wide.termFrom)
    out.push(
      note('input.wide.term', {
        term: termLabel(wide.term),
        fromZh: wide.termFrom.source === 'title' ? '标题' : '工作表名',
        fromEn: wide.termFrom.source === 'title' ? 'title' : 'sheet name',
        text: wide.termFrom.text,
      }),
    );
  else out.push(note('input.wide.noTerm'));
  const noCredit = wide.courses.filter((c) => c.credit === undefined).map((c) => c.name);
  if (noCredit.length > 0 && wide.attempt !== 'makeup')
    out.push(note('input.wide.noCredit', { courses: list(noCredit) }));
  if (wide.summary.length > 0)
    out.push(note('input.wide.notCourses', { columns: list(wide.summary.map((s) => s.text)) }));
  const rank = wide.summary.find((s) => RANK_HEADER.test(s.text));
  if (rank) out.push(note('input.wide.classRank', { column: rank.text }));
  return out;
}
