import type { Evidence } from '../findings';
import type { Issue } from '../issue';
import type { MessageKey } from '../messages';

/**
 * A problem in a policy file at `path` (`rules.staff-total.max`), as an error issue whose message
 * (`rule.policy.*`) names the path: the params include it.
 */
export function policyIssue(path: string, messageKey: MessageKey, params: Evidence = {}): Issue {
  return {
    severity: 'error',
    path,
    messageKey,
    params: { path: path === '' ? '(root)' : path, ...params },
  };
}

/** A value as a policy file wrote it, shortened for a message. */
export function shown(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
