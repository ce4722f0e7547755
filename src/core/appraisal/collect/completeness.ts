import { rosterMember } from '../generation';
import { memberKey } from '../memberKey';
import type { StoredConfig } from '../storedConfig';
import type { AppraisedMember } from '../types';
import type { FormCopy } from './readCopy';
import type { Issue } from '../../issue';

/** Everyone appraised, in the order of the forms in the settings, then of the rows. */
export function canonicalMembers(
  copies: readonly FormCopy[],
  config: StoredConfig,
): AppraisedMember[] {
  // Everyone the forms were made for, scored or not: the quota and the gaps count them all.
  if (config.roster) return config.roster.map(rosterMember);
  const order = (copy: FormCopy) => {
    const index = config.forms.findIndex((f) => f.department === copy.department);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const sorted = copies
    .map((copy, i) => ({ copy, i }))
    .sort((a, b) => order(a.copy) - order(b.copy) || a.i - b.i);
  const byKey = new Map<string, AppraisedMember>();
  for (const { copy } of sorted) {
    for (const { member } of copy.rows)
      if (!byKey.has(memberKey(member))) byKey.set(memberKey(member), member);
  }
  return [...byKey.values()];
}

/**
 * Gaps in what was collected: a member some copy of a department lists but another copy of that
 * department lacks, and a form of the settings for which no filled copy came back.
 */
export function completenessIssues(copies: readonly FormCopy[], config: StoredConfig): Issue[] {
  const issues: Issue[] = [];
  const byDepartment = new Map<string, Map<string, AppraisedMember>>();
  for (const copy of copies) {
    const known = byDepartment.get(copy.department) ?? new Map<string, AppraisedMember>();
    for (const { member } of copy.rows) known.set(memberKey(member), member);
    byDepartment.set(copy.department, known);
  }
  // With the roster, a copy is complete when it holds everyone printed on its form.
  const expected = (copy: FormCopy): Iterable<[string, AppraisedMember]> =>
    config.roster
      ? config.roster
          .filter((e) => e.unit === copy.department)
          .map((e): [string, AppraisedMember] => [memberKey(e), rosterMember(e)])
      : (byDepartment.get(copy.department) ?? []);
  for (const copy of copies) {
    const present = new Set(copy.rows.map((r) => memberKey(r.member)));
    for (const [key, member] of expected(copy)) {
      if (present.has(key)) continue;
      const params = {
        file: copy.file,
        sheet: copy.sheet,
        name: member.name,
        studentId: member.studentId,
      };
      issues.push({
        severity: 'warning',
        messageKey: 'appraisal.collect.memberMissing',
        params,
        ref: { file: copy.file, sheet: copy.sheet, row: 1 },
      });
    }
  }
  for (const form of config.forms) {
    if (copies.some((c) => c.group === form.group && c.department === form.department)) continue;
    issues.push({
      severity: 'warning',
      messageKey: 'appraisal.collect.noCopy',
      params: { ...form },
    });
  }
  return issues;
}
