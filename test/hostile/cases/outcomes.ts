/** Shorthands for writing expected outcomes by hand. */
import type { MemberStatus } from '../../../src/core/result';
import { IDS, UNION } from '../../../scripts/hostile/people';
import type { IssueWant, MemberWant, Outcome } from '../types';
import type { MessageKey } from '../../../src/core/messages';

/** Members of the standard union by 学号 with their status: all eligible but 陈静 (群众). */
export function unionMembers(
  status: Readonly<Record<string, MemberStatus>> = {},
  ids: readonly string[] = IDS,
  names: readonly string[] = UNION.map((p) => p.name),
): Record<string, MemberWant> {
  return Object.fromEntries(
    ids.map((id, i) => {
      const name = names[i] ?? '';
      const base: MemberStatus = name === '陈静' ? 'ineligible' : 'eligible';
      return [id, { name, status: status[id] ?? status[name] ?? base }];
    }),
  );
}

/** A result outcome; the counts follow from the members' statuses. */
export function result(
  members: Readonly<Record<string, MemberWant>>,
  findings: readonly string[],
  issues: readonly IssueWant[] = [],
): Outcome {
  const list = Object.values(members);
  const count = (s: MemberStatus) => list.filter((m) => m.status === s).length;
  return {
    kind: 'result',
    counts: {
      eligible: count('eligible'),
      ineligible: count('ineligible'),
      pending: count('pending'),
    },
    members,
    findings,
    issues,
  };
}

/** The finding about 陈静 being 群众, present in every case built on the standard union. */
export const CHEN_POLITICAL = `violation:political:${IDS[4] ?? ''}`;

/** A warning issue at a cell or row. */
export function warning(
  key: MessageKey,
  sheet: string,
  row: number,
  col?: number,
  params?: IssueWant['params'],
): IssueWant {
  return {
    key,
    severity: 'warning',
    sheet,
    row,
    ...(col !== undefined ? { col } : {}),
    ...(params ? { params } : {}),
  };
}
