import type { MessageKey } from '../core/messages';
type Params = Readonly<Record<string, string | number>>;

/** A failure the pane can show: a catalogue key (`wps.*`) with its parameters. */
export class WpsError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Params = {},
    name = 'WpsError',
  ) {
    super(`${messageKey} ${JSON.stringify(params)}`);
    this.name = name;
  }
}

/** The rejection of a cancelled action: an `AbortError` that still carries its message key. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WpsError('wps.cancelled', {}, 'AbortError');
}

/**
 * Any failure as a WpsError. WPS raises plain JS errors whose text is its own (often the VBA
 * message, 下标越界 / 1004); the adapter checks protection itself before writing, so what reaches
 * here unexplained is quoted for the teacher rather than guessed at.
 */
export function toWpsError(error: unknown): WpsError {
  if (error instanceof WpsError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new WpsError('wps.failed', { detail });
}
