import { InputFileError } from '../../read/errors';
import type { MessageKey } from '../../core/messages';

const KEYS: Readonly<Record<string, MessageKey>> = {
  ENOENT: 'io.missing',
  ENOTDIR: 'io.missing',
  EISDIR: 'io.notFile',
  EACCES: 'io.denied',
  EPERM: 'io.denied',
};

/** The teacher-facing error for a failed file-system call on an input, or the error itself. */
export function inputFsError(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const key = typeof code === 'string' ? KEYS[code] : undefined;
  return key ? new InputFileError(key, { file }) : error;
}
