import { t } from '../messages';
import type { Lang } from '../messages';
import type { MemberRecord } from '../records';
import type { RoleKind } from '../result';
import type { AppraisalLayout, AppraisalScope, AppraisedMember, FormUnit } from './types';

export interface SelectionInput {
  readonly members: readonly MemberRecord[];
  /** The member's role from its title (rules/roles.ts classifyTitle under the policy in force). */
  readonly roleOf: (member: MemberRecord) => RoleKind;
  readonly scope: AppraisalScope;
  readonly layout: AppraisalLayout;
}

export interface Selection {
  readonly units: readonly FormUnit[];
  /** Members left out of a `leaders` appraisal because their title is not recognised (worth a warning). */
  readonly unclassified: readonly MemberRecord[];
}

function memberKey(member: MemberRecord): string {
  return member.studentId
    ? `id:${member.studentId}`
    : `name:${member.name}|${member.department ?? ''}`;
}

function appraised(member: MemberRecord, department: string): AppraisedMember {
  return {
    studentId: member.studentId,
    name: member.name,
    department,
    title: member.title ?? '',
    ref: member.ref,
  };
}

/**
 * Who is appraised and on which form: the 主席团 and department heads by default (001 §八, 004 二(二)2),
 * everyone with scope `all` (seed 000). The presidium comes first, then departments in roster order.
 */
export function selectForms(input: SelectionInput, lang: Lang): Selection {
  const presidium = t('appraisal.presidium', lang);
  const byDepartment = new Map<string, AppraisedMember[]>([[presidium, []]]);
  const unclassified: MemberRecord[] = [];
  const seen = new Set<string>();
  for (const member of input.members) {
    const key = memberKey(member);
    if (seen.has(key)) continue;
    seen.add(key);
    const role = input.roleOf(member);
    const leader = role === 'presidium' || role === 'head';
    if (input.scope === 'leaders' && !leader) {
      if (role === 'unknown') unclassified.push(member);
      continue;
    }
    const department =
      role === 'presidium'
        ? presidium
        : member.department?.trim() || t('appraisal.noDepartment', lang);
    const list = byDepartment.get(department) ?? [];
    list.push(appraised(member, department));
    byDepartment.set(department, list);
  }
  const units = [...byDepartment.entries()]
    .filter(([, members]) => members.length > 0)
    .map(([department, members]): FormUnit => ({ department, members }));
  if (input.layout === 'single' && units.length > 0)
    return {
      units: [{ department: '', members: units.flatMap((unit) => unit.members) }],
      unclassified,
    };
  return { units, unclassified };
}
