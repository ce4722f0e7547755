import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

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

/** What tells one file from another: names alone cannot, since `resolve` does not follow links. */
export interface FileIdentity {
  readonly path: string;
  readonly resolved: string;
  readonly inode: string | undefined;
  readonly real: string | undefined;
}

export async function fileIdentity(path: string): Promise<FileIdentity> {
  return { path, resolved: resolve(path), inode: await identity(path), real: await realPath(path) };
}

/**
 * The same file by any route: the same name, a `..` alias, a symbolic link to the file or to its
 * folder, or a hard link (same device and inode).
 */
export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return (
    a.resolved === b.resolved ||
    (a.inode !== undefined && a.inode === b.inode) ||
    (a.real !== undefined && a.real === b.real)
  );
}
