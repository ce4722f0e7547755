import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { FormatError, InputFileError } from './errors';
import { inputFsError } from './fsErrors';
import { readCsvRows } from './readCsv';
import { readXlsxRows } from './readXlsx';
import type { ReadOptions } from './progress';
import { planInput, planZip, TABLE_EXTENSIONS } from './inputPlan';
import { SNIFF_BYTES, sniffContent } from './sniff';
import type { SheetRowSink, WorkbookVisitor } from './visitor';
import { readZipDirectory } from './zip/directory';

type Reader = (path: string, visitor: WorkbookVisitor, options: ReadOptions) => Promise<void>;

async function head(path: string, file: string): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw inputFsError(error, file);
  });
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function zipNames(path: string, file: string): Promise<string[]> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw inputFsError(error, file);
  });
  try {
    return [...(await readZipDirectory(handle, (await handle.stat()).size)).keys()];
  } catch (error) {
    if (error instanceof FormatError) throw new InputFileError('io.zipDamaged', { file });
    throw error;
  } finally {
    await handle.close();
  }
}

/** The reader for what the file holds, or the message saying what it is and what to do. */
async function readerFor(path: string, file: string, ext: string): Promise<Reader> {
  const kind = sniffContent(await head(path, file));
  let plan = planInput(file, ext, kind);
  if (kind === 'zip') plan = planZip(file, ext, await zipNames(path, file));
  if ('refuse' in plan) throw new InputFileError(plan.refuse, { ...plan.params, file });
  if (plan.read === 'xlsx') return readXlsxRows;
  const { notice } = plan;
  return async (path, visitor, options) => {
    if (notice) visitor.notice?.(notice);
    await readCsvRows(path, visitor, options);
  };
}

/** Tracks the sheet being read, so a damaged file's message can name it. */
function tracking(visitor: WorkbookVisitor): { visitor: WorkbookVisitor; sheet(): string | null } {
  let current: string | null = null;
  const wrapped: WorkbookVisitor = {
    beginSheet(info) {
      const sink = visitor.beginSheet(info);
      if (!sink) return null;
      current = info.sheet;
      const tracked: SheetRowSink = {
        row: (rowNumber, cells) => sink.row(rowNumber, cells),
        end: () => {
          current = null;
          sink.end();
        },
      };
      return tracked;
    },
    notice: (issue) => visitor.notice?.(issue),
  };
  return { visitor: wrapped, sheet: () => current };
}

/**
 * Reads any input the command line accepts (.xlsx, .xlsm, .csv, and tables saved as .xls, .txt or
 * .tsv) into `visitor`, choosing the reader by what the file holds, not by its name: a CSV or
 * Excel "Unicode text" called .xls is read; a web page, an XML Spreadsheet 2003 or an .xlsb
 * is named for what it is, with what to do. Everything a teacher can get wrong raises
 * `InputFileError` with an `io.*` message naming the file (and the sheet, for a damaged one).
 * `options.onProgress` hears the bytes of this file read so far.
 */
export async function readInputFile(
  path: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  const info = await stat(path).catch((error: unknown) => {
    throw inputFsError(error, file);
  });
  if (info.isDirectory()) throw new InputFileError('io.notFile', { file });
  if (!TABLE_EXTENSIONS.has(ext))
    throw new InputFileError('io.unsupported', { file, ext: ext || '—' });
  if (info.size === 0) throw new InputFileError('io.empty', { file });
  const reader = await readerFor(path, file, ext);
  const tracked = tracking(visitor);
  try {
    await reader(path, tracked.visitor, options);
  } catch (error) {
    const sheet = tracked.sheet();
    if (error instanceof InputFileError && error.messageKey === 'io.damaged' && sheet !== null)
      throw new InputFileError('io.damagedSheet', { file, sheet });
    throw error;
  }
}
