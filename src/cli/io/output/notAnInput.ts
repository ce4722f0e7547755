import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { OutputFileError } from '../errors';

/** Device and inode, or undefined when the path does not exist (or the file system has no inodes). */
async function identity(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path, { bigint: true });
    // Some network and FAT file systems report inode 0 for every file: no identity to compare.
    return s.ino === 0n ? undefined : `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

async function realPath(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output that is one of the inputs by any route: the same name, a `..` alias, a symbolic
 * link to the file or to its folder, or a hard link (same device and inode). Names alone cannot tell:
 * `resolve` does not follow links. Raises `OutputFileError` (exit 2) naming both files.
 */
export async function assertNotAnInput(out: string, inputs: readonly string[]): Promise<void> {
  const outIdentity = await identity(out);
  const outReal = await realPath(out);
  for (const input of inputs) {
    const same =
      resolve(input) === resolve(out) ||
      (outIdentity !== undefined && (await identity(input)) === outIdentity) ||
      (outReal !== undefined && (await realPath(input)) === outReal);
    if (same) throw new OutputFileError('io.out.isInput', { file: out, input });
  }
}
