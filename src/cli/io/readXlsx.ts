import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CellValue } from '../../core/cells';
import { FormatError, InputFileError } from './errors';
import { inputFsError } from './fsErrors';
import { ProgressCounter, type ReadOptions } from './progress';
import type { WorkbookVisitor } from './visitor';
import { readWorkbookParts, type WorkbookParts } from './xlsx/parts';
import { readSharedStrings } from './xlsx/sharedStrings';
import type { SheetContext } from './xlsx/decodeCell';
import { SheetScanner } from './xlsx/sheetScanner';
import { parseDateStyles } from './xlsx/styles';
import { scanChunks } from './xml/chunks';
import { readZipDirectory, type ZipEntry } from './zip/directory';
import { openEntryStream, readEntryText } from './zip/entry';

// An OLE2 compound file: an old .xls, or an .xlsx that Excel encrypted with an open password.
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function loadContext(
  path: string,
  file: FileHandle,
  parts: WorkbookParts,
  progress: ProgressCounter,
): Promise<SheetContext> {
  const sharedStrings = parts.sharedStrings
    ? await readSharedStrings(
        await openEntryStream(path, file, parts.sharedStrings, (n) => progress.add(n)),
      )
    : [];
  const dateStyles = parts.styles ? parseDateStyles(await readEntryText(file, parts.styles)) : [];
  return { sharedStrings, dateStyles, date1904: parts.date1904 };
}

async function readSheet(
  path: string,
  file: FileHandle,
  entry: ZipEntry,
  context: SheetContext,
  progress: ProgressCounter,
  onRow: (rowNumber: number, cells: CellValue[]) => void,
): Promise<void> {
  const stream = await openEntryStream(path, file, entry, (n) => progress.add(n));
  await scanChunks(stream, new SheetScanner(context, onRow));
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
  let context: SheetContext | undefined;
  for (const sheet of parts.sheets) {
    const sink = visitor.beginSheet({ file: name, sheet: sheet.name, hidden: sheet.hidden });
    if (!sink) continue;
    context ??= await loadContext(path, file, parts, progress);
    await readSheet(path, file, sheet.entry, context, progress, (row, cells) =>
      sink.row(row, cells),
    );
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
