import { damaged, u16, u32, u8, utf16le } from '../bytes';
import { MAX_REGULAR_SECTOR } from './header';

const ENTRY_SIZE = 128;
const STREAM = 2;
const NO_STREAM = 0xffffffff;

/** One directory entry (MS-CFB 2.6): a storage, a stream or the root. */
export interface DirEntry {
  readonly name: string;
  readonly type: number;
  readonly left: number;
  readonly right: number;
  readonly child: number;
  readonly start: number;
  readonly size: number;
}

/** Every entry of the directory stream; unused slots come back with type 0. */
export function readDirectory(bytes: Uint8Array): DirEntry[] {
  const entries: DirEntry[] = [];
  for (let at = 0; at + ENTRY_SIZE <= bytes.length; at += ENTRY_SIZE) {
    const nameBytes = u16(bytes, at + 64);
    const chars = nameBytes >= 2 && nameBytes <= 64 ? nameBytes / 2 - 1 : 0;
    entries.push({
      name: utf16le(bytes, at, Math.floor(chars)),
      type: u8(bytes, at + 66),
      left: u32(bytes, at + 68),
      right: u32(bytes, at + 72),
      child: u32(bytes, at + 76),
      start: u32(bytes, at + 116),
      // Version 3 files may leave garbage in the high half of the size; streams here fit in 32 bits.
      size: u32(bytes, at + 120),
    });
  }
  if (entries.length === 0 || entries[0]?.type !== 5) throw damaged('no root entry');
  return entries;
}

/**
 * The streams directly under the root, found by walking the root's red-black tree of children.
 * A hostile tree that loops or points outside the directory is refused, not followed forever.
 */
export function rootStreams(entries: readonly DirEntry[]): DirEntry[] {
  const out: DirEntry[] = [];
  const seen = new Set<number>();
  const stack = [entries[0]?.child ?? NO_STREAM];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === NO_STREAM || id > MAX_REGULAR_SECTOR) continue;
    const entry = entries[id];
    if (!entry || seen.has(id)) throw damaged(`directory entry ${id} missing or repeated`);
    seen.add(id);
    if (entry.type === STREAM) out.push(entry);
    stack.push(entry.left, entry.right);
  }
  return out;
}
