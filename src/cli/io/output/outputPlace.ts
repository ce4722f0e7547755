import { lstat, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** The folder of `out` as the teacher wrote it; the working folder spelled out when `out` is a bare name. */
export function folderOf(out: string): string {
  const folder = dirname(out);
  return folder === '.' ? process.cwd() : folder;
}

/** Whether `path` exists and is a folder. */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Whether `path` exists as something other than a file, folder or link: a device, FIFO or socket.
 * A link itself is fine, since the rename replaces the link and never what it points at.
 */
export async function isSpecialFile(path: string): Promise<boolean> {
  try {
    const s = await lstat(path);
    return !s.isFile() && !s.isDirectory() && !s.isSymbolicLink();
  } catch {
    return false;
  }
}

/** The first ancestor of `folder` that exists and is not a folder, if any (what blocks `mkdir`). */
export async function blockingFile(folder: string): Promise<string | undefined> {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    try {
      return (await stat(dir)).isDirectory() ? undefined : dir;
    } catch {
      if (dirname(dir) === dir) return undefined;
    }
  }
}
