import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as FileSourceModule from '../../../src/cli/io/node/fileSource';
import type * as ZlibModule from '../../../src/cli/io/node/zlibInflater';
import type * as ReadXlsxModule from '../../../src/cli/io/readXlsx';
import type * as DirectoryModule from '../../../src/read/zip/directory';
import type * as EntryModule from '../../../src/read/zip/entry';

// The compiled CLI (lib/, built by ensureCliBuilt), as the command line runs it: tsx's own
// module wrapping puts a getter on every cross-module call and would measure that instead.
const LIB = join(__dirname, '..', '..', '..', 'lib');
const requireLib = createRequire(join(LIB, 'index.js'));
const load = <T>(path: string): T => requireLib(join(LIB, path)) as T;
const { openFileSource } = load<typeof FileSourceModule>('cli/io/node/fileSource');
const { zlibInflater } = load<typeof ZlibModule>('cli/io/node/zlibInflater');
const { readXlsxRows } = load<typeof ReadXlsxModule>('cli/io/readXlsx');
const { readZipDirectory } = load<typeof DirectoryModule>('read/zip/directory');
const { openEntry } = load<typeof EntryModule>('read/zip/entry');

/** Wall time of the fastest of `runs` calls. */
async function best(runs: number, run: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/**
 * Inflates every zip member of `path` with zlib, hands each inflated chunk to `look` (if any), and
 * throws the bytes away; returns how many there were.
 */
async function inflateEach(path: string, look?: (bytes: Uint8Array) => void): Promise<number> {
  const source = await openFileSource(path);
  let bytes = 0;
  try {
    const zip = { source, inflater: zlibInflater };
    for (const entry of (await readZipDirectory(source)).values())
      for await (const chunk of await openEntry(zip, entry)) {
        bytes += chunk.length;
        look?.(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      }
  } finally {
    await source.close();
  }
  return bytes;
}

/** zlib inflating the workbook and nothing else: the floor. */
const inflateOnly = (path: string): Promise<number> => inflateEach(path);

/**
 * Inflating while JavaScript looks at every inflated byte once (counting '<'): the least any
 * scanner written in JavaScript must do, whatever else it does.
 */
async function inflateAndVisit(path: string): Promise<number> {
  let tags = 0;
  await inflateEach(path, (bytes) => {
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x3c) tags++;
  });
  return tags; // used, so the loop cannot be dropped as dead code
}

/** One inflate-only pass over `path`: wall time, CPU time (all threads: zlib's pool too), bytes. */
export async function timedInflate(
  path: string,
): Promise<{ wallMs: number; cpuMs: number; bytes: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const bytes = await inflateOnly(path);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, bytes };
}

/** Reads every row of `path` with the command line's reader and keeps none. */
async function readRows(path: string): Promise<number> {
  let rows = 0;
  await readXlsxRows(path, {
    beginSheet: () => ({ row: () => void rows++, end: () => undefined }),
  });
  return rows;
}

/**
 * The reader's time on one workbook beside what zlib alone takes to inflate it, and beside
 * inflating while JavaScript merely looks at each byte once.
 */
export async function readerFloor(
  path: string,
  runs: number,
): Promise<{
  inflateMs: number;
  visitMs: number;
  readMs: number;
  rows: number;
  xmlMB: number;
}> {
  const xmlBytes = await inflateOnly(path);
  const rows = await readRows(path);
  const inflateMs = await best(runs, () => inflateOnly(path));
  const visitMs = await best(runs, () => inflateAndVisit(path));
  const readMs = await best(runs, () => readRows(path));
  return { inflateMs, visitMs, readMs, rows, xmlMB: xmlBytes / 1024 / 1024 };
}
