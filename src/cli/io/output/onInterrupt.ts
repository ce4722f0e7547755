import { unlinkSync } from 'node:fs';
import { t } from '../../../core/messages';

/** The exit code a shell reports for a process ended by the signal: 128 + its number. */
const SIGNALS: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** What an interrupted write must undo: the temporary file, once it exists. */
export interface InterruptGuard {
  /** The temporary file to remove if a signal arrives; undefined once it was renamed or removed. */
  tempFile: string | undefined;
  /** Stops listening; the default signal behaviour applies again. */
  release(): void;
}

/**
 * While `file` is being written, Ctrl+C (SIGINT), SIGTERM or a closed terminal (SIGHUP) removes the
 * temporary file, says so in one line (Chinese, then English: the language may not be known here)
 * and exits with the conventional code. Without this the temporary file would stay beside the target.
 */
export function guardInterrupts(file: string): InterruptGuard {
  const handlers = new Map<string, () => void>();
  const guard: InterruptGuard = {
    tempFile: undefined,
    release: () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
      handlers.clear();
    },
  };
  for (const [signal, code] of Object.entries(SIGNALS)) {
    const handler = () => {
      if (guard.tempFile !== undefined) {
        try {
          unlinkSync(guard.tempFile);
        } catch {
          // Already gone (renamed or never created): nothing to undo.
        }
      }
      const line = `${t('io.out.interrupted', 'zh', { file })} ${t('io.out.interrupted', 'en', { file })}`;
      process.stderr.write(`${line}\n`);
      process.exit(code);
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  return guard;
}
