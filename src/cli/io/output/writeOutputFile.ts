import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { assertNotAnInput } from './notAnInput';
import { guardInterrupts, type InterruptGuard } from './onInterrupt';
import { folderError, outIsSpecialError, replaceError, tempFileError } from './outputErrors';
import { folderOf, isFolder, isSpecialFile } from './outputPlace';

export interface WriteOutputOptions {
  /** Files this run reads: the target is checked again against them just before it is replaced. */
  readonly inputs?: readonly string[];
  /** Called after each chunk reaches the temporary file; tests pause here to interrupt a write. */
  readonly afterChunk?: (written: number, total: number) => Promise<void>;
}

const CHUNK = 1 << 20;

/** A name beside the target that no one else uses; `wx` below makes sure of it. */
function tempName(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
}

/** Some shares and virtual file systems cannot flush; the rename still protects the old file. */
const NO_SYNC = new Set(['EINVAL', 'ENOTSUP', 'EPERM']);

async function fill(
  handle: FileHandle,
  bytes: Uint8Array,
  options: WriteOutputOptions,
): Promise<void> {
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) {
      const end = Math.min(at + CHUNK, bytes.length);
      await handle.write(bytes, at, end - at);
      await options.afterChunk?.(end, bytes.length);
    }
    // On disk before the rename: after a power cut the target is the old file or the new one.
    await handle.sync().catch((error: NodeJS.ErrnoException) => {
      if (!NO_SYNC.has(error.code ?? '')) throw error;
    });
  } finally {
    await handle.close();
  }
}

async function writeBeside(
  out: string,
  bytes: Uint8Array,
  options: WriteOutputOptions,
  guard: InterruptGuard,
): Promise<void> {
  const target = resolve(out);
  const folder = folderOf(out);
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch (error) {
    throw await folderError(error, folder);
  }
  const temp = tempName(target);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx');
  } catch (error) {
    throw tempFileError(error, folder, out);
  }
  // Set before any byte is written; only a file this run created is ever removed.
  guard.tempFile = temp;
  try {
    try {
      await fill(handle, bytes, options);
    } catch (error) {
      throw tempFileError(error, folder, out);
    }
    if (options.inputs) await assertNotAnInput(out, options.inputs);
    // Checked again here: a FIFO or device may have appeared at the target while the report was built.
    if (await isSpecialFile(target)) throw outIsSpecialError(out);
    try {
      await rename(temp, target);
    } catch (error) {
      throw replaceError(error, out, await isFolder(target));
    }
    guard.tempFile = undefined;
  } finally {
    if (guard.tempFile !== undefined) await unlink(temp).catch(() => undefined);
    guard.tempFile = undefined;
  }
}

/**
 * The one way the command line writes a file: the bytes go to a temporary file in the same folder,
 * which then replaces the target in one rename. An existing report is never half overwritten: a
 * failure or Ctrl+C leaves it as it was and removes the temporary file. `produce` runs under the same
 * guard, so an interruption while the bytes are being built is reported the same way.
 */
export async function writeOutputFile(
  out: string,
  produce: () => Promise<Uint8Array> | Uint8Array,
  options: WriteOutputOptions = {},
): Promise<void> {
  const guard = guardInterrupts(out);
  try {
    await writeBeside(out, await produce(), options, guard);
  } finally {
    guard.release();
  }
}
