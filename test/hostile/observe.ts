/**
 * What a host produced, in one shape for all three hosts, so the same expectation is compared the
 * same way whether the outcome came from the core, the command line's JSON or the adapter.
 */
import type { Finding } from '../../src/core/findings';
import type { CheckOutcome } from '../../src/core/result';

import type { IssueWant, MemberWant, Outcome } from './types';

import type { MessageKey } from '../../src/core/messages';
import type { Issue } from '../../src/core/issue';

export type Observed =
  | {
      readonly kind: 'result';
      readonly counts: { eligible: number; ineligible: number; pending: number };
      readonly members: Record<string, MemberWant>;
      readonly findings: string[];
      readonly issues: IssueWant[];
    }
  | { readonly kind: 'rejected'; readonly issues: IssueWant[] }
  | {
      readonly kind: 'file';
      readonly key: MessageKey;
      readonly params: Record<string, string | number>;
    };

/** `severity:code:subject`, the form the manifest lists findings in. */
export function findingKey(f: Pick<Finding, 'severity' | 'code' | 'subject'>): string {
  const s = f.subject;
  const who = s.kind === 'member' ? s.studentId : s.kind === 'department' ? s.department : 'union';
  return `${f.severity}:${f.code}:${who}`;
}

/** An input issue reduced to what the manifest states. */
export function issueOf(i: Issue): IssueWant {
  const ref = i.ref as { sheet?: string; row?: number; col?: number } | undefined;
  return {
    key: i.messageKey,
    severity: i.severity,
    ...(ref?.sheet !== undefined ? { sheet: ref.sheet } : {}),
    ...(ref?.row !== undefined ? { row: ref.row } : {}),
    ...(ref?.col !== undefined ? { col: ref.col } : {}),
    params: Object.fromEntries(
      Object.entries(i.params).map(([k, v]) => [k, typeof v === 'boolean' ? String(v) : v]),
    ),
  };
}

/** The observation of a core CheckOutcome (the core runner and the adapter's answer). */
export function observeOutcome(outcome: CheckOutcome): Observed {
  if (!outcome.ok) return { kind: 'rejected', issues: outcome.issues.map(issueOf) };
  const r = outcome.value;
  const count = (s: string) => r.members.filter((m) => m.status === s).length;
  return {
    kind: 'result',
    counts: {
      eligible: count('eligible'),
      ineligible: count('ineligible'),
      pending: count('pending'),
    },
    members: Object.fromEntries(
      r.members.map((m) => [m.member.studentId, { name: m.member.name, status: m.status }]),
    ),
    findings: r.findings
      .filter((f) => f.severity !== 'info')
      .map(findingKey)
      .sort(),
    issues: r.issues.map(issueOf),
  };
}

function sortIssues(list: readonly IssueWant[]): IssueWant[] {
  const key = (i: IssueWant) =>
    `${i.sheet ?? ''}|${String(i.row ?? 0).padStart(8, '0')}|${i.col ?? 0}|${i.key}`;
  return [...list].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The observation trimmed to what the expectation states (params only where it gives them). */
export function comparable(observed: Observed, want: Outcome): unknown {
  if (observed.kind !== want.kind || observed.kind === 'file') return observed;
  const wanted = sortIssues(want.kind === 'file' ? [] : want.issues);
  const issues = sortIssues(observed.issues).map((i, n) => {
    const w = wanted[n];
    const { params, ...rest } = i;
    if (!w?.params || !params) return rest;
    return {
      ...rest,
      params: Object.fromEntries(Object.keys(w.params).map((k) => [k, params[k]])),
    };
  });
  return { ...observed, issues };
}

/** The expectation in the same order as `comparable` puts the observation. */
export function expected(want: Outcome): unknown {
  if (want.kind === 'file') return want;
  if (want.kind === 'rejected') return { ...want, issues: sortIssues(want.issues) };
  return { ...want, findings: [...want.findings].sort(), issues: sortIssues(want.issues) };
}
