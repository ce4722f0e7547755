import type { Evidence } from '../findings';
import type { MessageKey } from '../messages';
import type { Issue, Result } from '../issue';

/** An error issue about a setting at `path`. */
export function settingError(messageKey: MessageKey, path: string, params: Evidence = {}): Issue {
  return { severity: 'error', messageKey, params: { path, ...params }, path };
}

/** Wraps collected issues and a value into a Result result: any issue makes it a failure. */
export function toParsed<T>(issues: readonly Issue[], value: () => T): Result<T> {
  const [first, ...rest] = issues;
  if (first) return { ok: false, issues: [first, ...rest] };
  return { ok: true, value: value() };
}

/** Shows a JSON value briefly in a message (`"abc"`, `12`, `null`). */
export function shown(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'function' ? 'function' : (JSON.stringify(value) ?? typeof value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
