import type { Evidence } from '../findings';
import type { MessageKey } from '../messages';

/**
 * One problem in a policy file: where (`rules.staff-total.max`), and a catalogue message
 * (`rule.policy.*`) whose params include the path.
 */
export interface PolicyIssue {
  readonly path: string;
  readonly messageKey: MessageKey;
  readonly params: Evidence;
}

/** A policy issue at `path` with `params` (the path is added to them). */
export function policyIssue(
  path: string,
  messageKey: MessageKey,
  params: Evidence = {},
): PolicyIssue {
  return { path, messageKey, params: { path: path === '' ? '(root)' : path, ...params } };
}

/** A value as a policy file wrote it, shortened for a message. */
export function shown(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
