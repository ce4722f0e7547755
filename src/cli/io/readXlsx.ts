import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CellValue } from '../../core/cells';
import { FormatError, InputFileError } from './errors';
import { inputFsError } from './fsErrors';
import { ProgressCounter, type ReadOptions } from './progress';
import type { WorkbookVisitor } from './visitor';
import { readWorkbookParts, type SheetPart, type WorkbookParts } from './xlsx/parts';
import { readSharedStrings } from './xlsx/sharedStrings';
import type { SheetContext } from './xlsx/decodeCell';
import { SheetScanner } from './xlsx/sheetScanner';
import { parseDateStyles } from './xlsx/styles';
import { scanChunks } from './xml/chunks';
import { LIMITS } from './limits';
import { readZipDirectory } from './zip/directory';
import { openEntryStream, readEntryText, tooBig } from './zip/entry';
import { EntryCheck } from './zip/entryCheck';

// An OLE2 compound file: an old .xls, or an .xlsx that Excel encrypted with an open password.
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Zip bombs stop here, before anything is inflated: the streamed parts (shared strings and every
 * sheet, a part counted each time a sheet names it) may not declare more than the bound together,
 * and each part's EntryCheck holds it to its declared size.
 */
function checkStreamedSize(parts: WorkbookParts): void {
  let total = parts.sharedStrings?.size ?? 0;
  for (const sheet of parts.sheets) {
    total += sheet.entry.size;
    if (total > LIMITS.sheetBytes) throw tooBig(sheet.entry, LIMITS.sheetBytes);
  }
  if (parts.sharedStrings && total > LIMITS.sheetBytes) {
    throw tooBig(parts.sharedStrings, LIMITS.sheetBytes);
  }
}

interface Reading {
  readonly path: string;
  readonly file: FileHandle;
  readonly progress: ProgressCounter;
}

async function loadContext(reading: Reading, parts: WorkbookParts): Promise<SheetContext> {
  const { path, file, progress } = reading;
  const strings = parts.sharedStrings;
  const sharedStrings = strings
    ? await readSharedStrings(
        await openEntryStream(path, file, strings, (n) => progress.add(n)),
        strings.name,
        new EntryCheck(strings),
      )
    : [];
  const dateStyles = parts.styles
    ? parseDateStyles(
        await readEntryText(file, parts.styles, LIMITS.stylesBytes),
        parts.styles.name,
      )
    : [];
  return { sharedStrings, dateStyles, date1904: parts.date1904 };
}

/** Whether a failure is the sheet's own damage (cut short, bad bytes), not a bound or password. */
function isDamage(error: unknown): boolean {
  return (error instanceof FormatError && error.messageKey === 'io.damaged') || isZlibError(error);
}

async function readSheet(
  reading: Reading,
  sheet: SheetPart,
  context: SheetContext,
  onRow: (rowNumber: number, cells: CellValue[]) => void,
): Promise<void> {
  const { path, file, progress } = reading;
  try {
    const check = new EntryCheck(sheet.entry);
    const stream = await openEntryStream(path, file, sheet.entry, (n) => progress.add(n));
    await scanChunks(stream, new SheetScanner(context, onRow), check);
  } catch (error) {
    // Name the sheet: the teacher can find it, and knows the other sheets were fine.
    if (isDamage(error)) {
      throw new FormatError(String(error), 'io.damagedSheet', { sheet: sheet.name });
    }
    if (error instanceof FormatError) {
      throw new FormatError(error.message, error.messageKey, {
        ...error.params,
        sheet: sheet.name,
      });
    }
    throw error;
  }
}

async function visitWorkbook(
  path: string,
  file: FileHandle,
  visitor: WorkbookVisitor,
  options: ReadOptions,
): Promise<void> {
  const name = basename(path);
  const { size } = await file.stat();
  const progress = new ProgressCounter(size, options.onProgress);
  const head = Buffer.alloc(8);
  await file.read(head, 0, 8, 0);
  if (head.equals(COMPOUND_FILE)) throw new InputFileError('io.encrypted', { file: name });
  const entries = await readZipDirectory(file, size);
  const parts = await readWorkbookParts(file, entries);
  if (parts.sheets.length === 0) throw new InputFileError('io.noSheets', { file: name });
  checkStreamedSize(parts);
  const reading: Reading = { path, file, progress };
  let context: SheetContext | undefined;
  for (const sheet of parts.sheets) {
    const sink = visitor.beginSheet({ file: name, sheet: sheet.name, hidden: sheet.hidden });
    if (!sink) continue;
    context ??= await loadContext(reading, parts);
    await readSheet(reading, sheet, context, (row, cells) => sink.row(row, cells));
    sink.end();
  }
  progress.finish();
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

/**
 * Streams every worksheet of an .xlsx/.xlsm file to `visitor`, in tab order, with real sheet
 * names, hidden state and Excel row numbers. Only the shared strings are held in memory; rows are
 * parsed and handed over one at a time. A damaged file raises `InputFileError` (`io.damaged`).
 */
export async function readXlsxRows(
  path: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  const file = await open(path, 'r').catch((error: unknown) => {
    throw inputFsError(error, basename(path));
  });
  try {
    await visitWorkbook(path, file, visitor, options);
  } catch (error) {
    if (error instanceof FormatError) {
      throw new InputFileError(error.messageKey, { ...error.params, file: basename(path) });
    }
    if (isZlibError(error)) throw new InputFileError('io.damaged', { file: basename(path) });
    throw error;
  } finally {
    await file.close();
  }
}
