import { join } from 'node:path';
import { OutputFileError } from '../errors';
import { blockingFile, folderOf } from './outputPlace';

const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);
const BLOCKED = new Set(['ENOTDIR', 'EEXIST']);
/** Renaming onto a folder: Linux says EISDIR, macOS EISDIR or ENOTEMPTY, Windows EPERM or EEXIST. */
const FOLDER_TARGET = new Set(['EISDIR', 'ENOTEMPTY']);
const BUSY = new Set(['EBUSY', 'EPERM', 'EACCES', 'EROFS']);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** `--out` names an existing folder: the message says so and suggests a file inside it. */
export function outIsFolderError(out: string): OutputFileError {
  return new OutputFileError('io.out.isFolder', { file: out, example: join(out, 'report.xlsx') });
}

/**
 * `--out` names a device, pipe or socket (/dev/null, a FIFO): renaming the report over it would
 * replace the node itself, for every program on the machine, so it is refused.
 */
export function outIsSpecialError(out: string): OutputFileError {
  return new OutputFileError('io.out.notRegularFile', {
    file: out,
    example: join(folderOf(out), 'report.xlsx'),
  });
}

/** `mkdir` would fail: a file stands where a folder of the path should be. */
export function folderBlockedError(folder: string, blocker: string): OutputFileError {
  return new OutputFileError('io.out.folderBlocked', { file: folder, folder, blocker });
}

/** The teacher-facing error for a failed `mkdir` of the output folder (as the teacher wrote it). */
export async function folderError(error: unknown, folder: string): Promise<OutputFileError> {
  const code = codeOf(error);
  if (code !== undefined && BLOCKED.has(code))
    return folderBlockedError(folder, (await blockingFile(folder)) ?? folder);
  if (code !== undefined && DENIED.has(code))
    return new OutputFileError('io.out.folderDenied', { file: folder, folder, reason: code });
  return writeError(error, folder);
}

/** Creating or filling the temporary file beside the target failed: the folder refuses us, or the disk. */
export function tempFileError(error: unknown, folder: string, file: string): OutputFileError {
  const code = codeOf(error);
  if (code !== undefined && DENIED.has(code))
    return new OutputFileError('io.out.folderDenied', { file, folder, reason: code });
  return writeError(error, file);
}

/** Putting the finished file in place failed: a folder of that name, or a file Excel or WPS holds open. */
export function replaceError(
  error: unknown,
  out: string,
  targetIsFolder: boolean,
): OutputFileError {
  const code = codeOf(error);
  if (targetIsFolder || (code !== undefined && FOLDER_TARGET.has(code)))
    return outIsFolderError(out);
  if (code !== undefined && BUSY.has(code))
    return new OutputFileError('io.writeBusy', { file: out });
  return writeError(error, out);
}

function writeError(error: unknown, file: string): OutputFileError {
  return new OutputFileError('io.writeFailed', { file, reason: codeOf(error) ?? String(error) });
}
