import { isMessageKey, t, type Lang, type MessageKey } from '../core/messages';

/** Whether `error` is the rejection of an aborted operation (fetch-style AbortError). */
export function isAbort(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  );
}

type Params = Readonly<Record<string, string | number | boolean>>;

function hasMessageKey(error: unknown): error is { messageKey: MessageKey; params?: Params } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'messageKey' in error &&
    typeof error.messageKey === 'string' &&
    isMessageKey(error.messageKey)
  );
}

/**
 * A sentence for the teacher about a failure: the catalogue message when the error carries one
 * (the adapter's and the readers' errors do), otherwise a general one quoting the detail.
 */
export function errorText(error: unknown, lang: Lang): string {
  if (hasMessageKey(error)) return t(error.messageKey, lang, error.params ?? {});
  const detail = error instanceof Error ? error.message : String(error);
  return t('ui.error.unexpected', lang, { detail });
}
