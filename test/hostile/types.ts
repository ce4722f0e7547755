/**
 * The manifest's vocabulary: one hostile input, the hosts it runs on, and the exact outcome each
 * host must produce.
 */
import type { MemberStatus } from '../../src/core/result';
import type { SpecFile } from '../../scripts/hostile/spec';
import type { MessageKey } from '../../src/core/messages';

export type Host = 'core' | 'cli' | 'adapter';
export const HOSTS: readonly Host[] = ['core', 'cli', 'adapter'];

type Params = Readonly<Record<string, string | number>>;

/** One input issue (a catalogue key) and where it points; `params` are compared when given. */
export interface IssueWant {
  readonly key: MessageKey;
  readonly severity: 'error' | 'warning';
  readonly sheet?: string;
  readonly row?: number;
  readonly col?: number;
  readonly params?: Params;
}

export interface MemberWant {
  readonly name: string;
  readonly status: MemberStatus;
}

/**
 * `result`: the check ran; counts, every member, every non-info finding
 * (`severity:code:subject`, subject = 学号, department or `union`) and every input issue.
 * `rejected`: the check refused the input with these error issues (full params, rendered exactly).
 * `file`: the file could not be read at all; one `io.*` message naming it.
 */
export type Outcome =
  | {
      readonly kind: 'result';
      readonly counts: {
        readonly eligible: number;
        readonly ineligible: number;
        readonly pending: number;
      };
      readonly members: Readonly<Record<string, MemberWant>>;
      readonly findings: readonly string[];
      readonly issues: readonly IssueWant[];
    }
  | { readonly kind: 'rejected'; readonly issues: readonly IssueWant[] }
  | { readonly kind: 'file'; readonly key: MessageKey; readonly params: Params };

/** The policy a case runs under (test/hostile/policies.ts). */
export type PolicyName = 'roster' | 'grades';

/** What the written sheets must show: texts that must be text cells, sheets links must reach. */
export interface WrittenWant {
  /** Every one of these strings must appear in a written sheet as a text cell, never a formula. */
  readonly texts?: readonly string[];
  /** Every in-workbook link and formula must point at one of these existing sheets. */
  readonly linkSheets?: readonly string[];
  /** Hosts the `texts` check applies to (default all): the pane writes no copy of the roster. */
  readonly textsIn?: readonly Host[];
}

export interface HostileCase {
  readonly id: string;
  readonly group: string;
  /** What the input is, for the table in docs/RELIABILITY.md. */
  readonly input: { readonly zh: string; readonly en: string };
  readonly files: () => readonly SpecFile[];
  readonly policy: PolicyName;
  readonly expect: Outcome;
  /** A host that gets another outcome, or none (`skip`, with the reason). */
  readonly hosts?: Partial<Record<Host, Outcome | { readonly skip: string }>>;
  readonly written?: WrittenWant;
}
