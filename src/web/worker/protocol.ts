import type { Issue } from '../../core/issue';
import type { AppraisalSettings } from '../../core/appraisal/types';
import type { MappingOverride } from '../../core/discovery/types';
import type { Lang } from '../../core/messages';
import type { Policy } from '../../core/policy/types';
import type { CheckOutcome } from '../../core/result';
import type { CheckProgress, Detection } from '../../taskpane/gateway';
import type { ImportFailure } from '../../taskpane/importer/types';

/** A file as it crosses to the worker: File objects are cloned without reading them. */
export type SentFile = Blob & { readonly name: string };

/** One job for the page's worker; each job gets a fresh worker, so 取消 ends it outright. */
export type JobRequest =
  | {
      readonly kind: 'check';
      readonly files: readonly SentFile[];
      readonly policy: Policy;
      readonly overrides: readonly MappingOverride[];
      readonly lang: Lang;
      readonly generatedAt: string;
    }
  | {
      readonly kind: 'detect';
      readonly files: readonly SentFile[];
      readonly overrides: readonly MappingOverride[];
    }
  | {
      readonly kind: 'appraisal';
      readonly files: readonly SentFile[];
      readonly policy: Policy;
      readonly overrides: readonly MappingOverride[];
      readonly settings: AppraisalSettings;
      readonly lang: Lang;
    }
  | { readonly kind: 'collect'; readonly files: readonly SentFile[]; readonly lang: Lang };

/** The job's answer: problems are answers too; `crash` is a fault in the page itself. */
export type JobAnswer =
  | { readonly kind: 'unreadable'; readonly failures: readonly ImportFailure[] }
  | { readonly kind: 'checked'; readonly outcome: CheckOutcome; readonly report?: Uint8Array }
  | { readonly kind: 'detected'; readonly detection: Detection }
  | {
      readonly kind: 'generated';
      readonly bytes: Uint8Array;
      readonly forms: number;
      readonly members: number;
      readonly warnings: readonly Issue[];
      readonly inputIssues: readonly Issue[];
    }
  | {
      readonly kind: 'collected';
      readonly bytes: Uint8Array;
      readonly copies: number;
      readonly members: number;
      readonly issues: readonly Issue[];
    }
  | { readonly kind: 'refused'; readonly issues: readonly Issue[] }
  | { readonly kind: 'crash'; readonly message: string };

/** What the worker posts: progress any number of times, then one answer. */
export type JobMessage =
  | { readonly kind: 'progress'; readonly progress: CheckProgress }
  | { readonly kind: 'answer'; readonly answer: JobAnswer };
