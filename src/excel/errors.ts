import type { MessageKey } from '../core/messages';
type Params = Readonly<Record<string, string | number>>;

/** A failure the pane can show: a catalogue key (`excel.*`) with its parameters. */
export class GatewayError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Params = {},
    name = 'GatewayError',
  ) {
    super(`${messageKey} ${JSON.stringify(params)}`);
    this.name = name;
  }
}

/** The rejection of a cancelled action: an `AbortError` that still carries its message key. */
export function abortError(): GatewayError {
  return new GatewayError('excel.cancelled', {}, 'AbortError');
}

/** Throws the cancellation error when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/**
 * `work`, or the cancellation error as soon as the signal fires (the caller then disposes of what
 * was still working, e.g. ends the engine's worker).
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: Error) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

/** The `code` of an Office.js error (`OfficeExtension.Error`), if it is one. */
export function richCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Any failure as a GatewayError; `sheet` names the sheet involved when the caller knows it. */
export function toGatewayError(error: unknown, sheet?: string): GatewayError {
  if (error instanceof GatewayError) return error;
  const code = richCode(error);
  if (code === 'AccessDenied' && sheet !== undefined)
    return new GatewayError('excel.sheetProtected', { sheet });
  if (code === 'ItemNotFound' && sheet !== undefined)
    return new GatewayError('excel.sheetNotFound', { sheet });
  if (code === 'InvalidOperationInCellEditMode') return new GatewayError('excel.cellEditMode');
  const detail = error instanceof Error ? error.message : String(error);
  return new GatewayError('excel.failed', { detail: code ? `${code}: ${detail}` : detail });
}
