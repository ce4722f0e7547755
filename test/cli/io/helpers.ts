import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Row } from '../../../src/core/cells';
import type { SheetInfo, WorkbookVisitor } from '../../../src/read/visitor';
import { openFileSource } from '../../../src/cli/io/node/fileSource';
import { zlibInflater } from '../../../src/cli/io/node/zlibInflater';
import { readZipDirectory } from '../../../src/read/zip/directory';
import { readEntryText } from '../../../src/read/zip/entry';

/** A sheet as a test collected it. */
export interface CollectedSheet {
  readonly info: SheetInfo;
  readonly rows: { readonly row: number; readonly cells: Row }[];
  ended: boolean;
}

/** A visitor that keeps everything (tests only), optionally skipping some sheets. */
export function collector(skip: (info: SheetInfo) => boolean = () => false): {
  visitor: WorkbookVisitor;
  sheets: CollectedSheet[];
  seen: SheetInfo[];
} {
  const sheets: CollectedSheet[] = [];
  const seen: SheetInfo[] = [];
  const visitor: WorkbookVisitor = {
    beginSheet(info) {
      seen.push(info);
      if (skip(info)) return null;
      const sheet: CollectedSheet = { info, rows: [], ended: false };
      sheets.push(sheet);
      return {
        row: (row, cells) => sheet.rows.push({ row, cells }),
        end: () => {
          sheet.ended = true;
        },
      };
    },
  };
  return { visitor, sheets, seen };
}

/** A fresh temp folder per test file; remove it in afterAll. */
export async function makeTempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `uc-io-${label}-`));
}

/** Removes a temp folder made by makeTempDir. */
export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** The text of one member of a zip file on disk (e.g. `xl/worksheets/sheet1.xml`). */
export async function zipPart(path: string, member: string): Promise<string> {
  const source = await openFileSource(path);
  try {
    const entries = await readZipDirectory(source);
    const entry = entries.get(member.toLowerCase());
    if (!entry) throw new Error(`no ${member} in ${path}`);
    return await readEntryText({ source, inflater: zlibInflater }, entry, 512 * 1024 * 1024);
  } finally {
    await source.close();
  }
}
