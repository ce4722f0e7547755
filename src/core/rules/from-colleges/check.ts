import type { MemberRecord } from '../../records';
import { hasRosterField } from '../columns';
import { namesOf, percentOf, skipRule, unionFinding } from '../finding';
import { parseYesNo } from '../../normalize/yesNo';
import { normalizeLabel } from '../labels';
import type { Rule } from '../types';

/** Cell values that mean "no college-union role" although the cell is not empty. */
const NONE = new Set([
  '无',
  '否',
  '没有',
  '不是',
  '非',
  '-',
  '--',
  '/',
  '—',
  '0',
  'n',
  'no',
  'none',
  'n/a',
  '非成员',
  '不是成员',
  '未任职',
  '未担任',
]);

/**
 * Whether a 院学生会职务 cell names a role, or a 是否院级学生会成员 cell says yes: 是/√/1 and a
 * role (文体部部长) count, 否/×/无 do not.
 */
export function holdsCollegeRole(value: string | undefined): boolean {
  const text = normalizeLabel(value).toLowerCase();
  if (text === '' || NONE.has(text)) return false;
  return parseYesNo(text) ?? true;
}

/** from-colleges: at least minPercent of school-level staff also serve in a college-level union. */
export const fromCollegesRule: Rule = (ctx) => {
  if (ctx.policy.level !== 'school') return skipRule('from-colleges', 'rule.skip.schoolLevelOnly');
  const hasColumn = hasRosterField(ctx, 'collegeUnionRole', (m) => m.collegeUnionRole);
  if (!hasColumn && ctx.otherLevelMembers.length === 0) {
    return skipRule('from-colleges', 'rule.skip.noCollegeUnionData');
  }
  const collegeIds = new Set(ctx.otherLevelMembers.map((m) => m.studentId));
  const fromCollege = (m: MemberRecord): boolean =>
    holdsCollegeRole(m.collegeUnionRole) || collegeIds.has(m.studentId);
  const total = ctx.members.length;
  const count = ctx.members.filter(fromCollege).length;
  const limit = ctx.policy.rules['from-colleges'].minPercent;
  if (total === 0 || count * 100 >= limit * total) return { findings: [] };
  const others = ctx.members.filter((m) => !fromCollege(m));
  const evidence = {
    count,
    total,
    percent: percentOf(count, total),
    limit,
    others: namesOf(others),
  };
  const refs = others.map((m) => m.ref);
  return {
    findings: [
      unionFinding('from-colleges', 'violation', 'rule.from-colleges.under', evidence, refs),
    ],
  };
};
