import { columnLetter } from '../cells';
import type { Policy } from '../policy/types';
import type { Collected } from './collected';
import type { MemberSets } from './members';
import type { Issue } from '../issue';

// The row-level messages of a roster row that was skipped for lack of a usable 学号.
const SKIPPED_ROW = new Set([
  'input.row.noStudentId',
  'input.studentId.unreadable',
  'input.studentId.scientific',
  'input.studentId.error',
]);

/**
 * Why no member could be checked, as one error: the header has no rows under it, every row lacks
 * a readable 学号 (those rows' own messages follow, naming each cell), or every member belongs to
 * the other union level than the one checked.
 */
export function emptyRosterIssues(collected: Collected, sets: MemberSets, policy: Policy): Issue[] {
  const roster = collected.rosters[0]?.mapping;
  const sheet = roster?.sheet ?? '';
  const row = roster?.headerRow ?? 0;
  const ref = roster
    ? { ...(roster.file !== undefined ? { file: roster.file } : {}), sheet, row }
    : undefined;
  const at = ref ? { ref } : {};
  if (sets.otherLevel.length > 0)
    return [
      {
        severity: 'error',
        messageKey: 'input.rosterOtherLevel',
        params: {
          sheet,
          row,
          count: sets.otherLevel.length,
          levelZh: policy.level === 'school' ? '校级' : '院级',
          levelEn: policy.level === 'school' ? 'school-level' : 'college-level',
        },
        ...at,
      },
    ];
  const skipped = collected.issues.filter(
    (i) => SKIPPED_ROW.has(i.messageKey) && i.ref?.sheet === sheet,
  );
  if (skipped.length === 0)
    return [{ severity: 'error', messageKey: 'input.rosterEmpty', params: { sheet, row }, ...at }];
  const col = roster?.columns.studentId;
  return [
    {
      severity: 'error',
      messageKey: 'input.rosterNoIds',
      params: { sheet, row, count: skipped.length, col: col ? columnLetter(col) : '' },
      ...at,
    },
    ...skipped,
  ];
}
