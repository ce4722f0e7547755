import { columnLetter, type CellValue } from '../core/cells';
import type { Issue } from '../core/issue';
import { FormatError, InputFileError } from './errors';
import { ProgressCounter, type ReadOptions } from './progress';
import { readExactly, type ByteSource } from './source';
import type { WorkbookVisitor } from './visitor';
import { defaultInflater } from './web/defaultInflater';
import { readWorkbookParts, type SheetPart, type WorkbookParts } from './xlsx/parts';
import { CellTextCache } from './xlsx/cellTextCache';
import { readSharedStrings } from './xlsx/sharedStrings';
import type { SheetContext } from './xlsx/decodeCell';
import { SheetScanner } from './xlsx/sheetScanner';
import { parseDateStyles } from './xlsx/styles';
import { scanChunks } from './xml/chunks';
import { LIMITS } from './limits';
import { readZipDirectory } from './zip/directory';
import { openEntry, readEntryText, tooBig, type ZipSource } from './zip/entry';
import { EntryCheck } from './zip/entryCheck';

// An OLE2 compound file: an old .xls, or an .xlsx that Excel encrypted with an open password.
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

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

/** Number cells with an empty value were read as empty cells: the teacher hears where. */
function emptyValueNotice(
  file: string,
  sheet: string,
  at: { count: number; row: number; col: number },
): Issue {
  return {
    severity: 'warning',
    messageKey: 'io.emptyValue',
    params: { file, sheet, cell: `${columnLetter(at.col)}${at.row}`, count: at.count },
    ref: { file, sheet, row: at.row, col: at.col },
  };
}

interface Reading {
  readonly zip: ZipSource;
  readonly progress: ProgressCounter;
  /** Inline and formula texts, shared by the sheets (a long export continues on the next sheet). */
  readonly texts: CellTextCache;
}

async function loadContext(reading: Reading, parts: WorkbookParts): Promise<SheetContext> {
  const { zip, progress } = reading;
  const strings = parts.sharedStrings;
  const sharedStrings = strings
    ? await readSharedStrings(
        await openEntry(zip, strings, (n) => progress.add(n)),
        strings.name,
        new EntryCheck(strings, zip.inflater.crc32),
      )
    : [];
  const dateStyles = parts.styles
    ? parseDateStyles(await readEntryText(zip, parts.styles, LIMITS.stylesBytes), parts.styles.name)
    : [];
  return { sharedStrings, dateStyles, date1904: parts.date1904 };
}

async function readSheet(
  reading: Reading,
  sheet: SheetPart,
  context: SheetContext,
  onRow: (rowNumber: number, cells: CellValue[]) => void,
): Promise<SheetScanner['emptyValues']> {
  const { zip, progress } = reading;
  try {
    const check = new EntryCheck(sheet.entry, zip.inflater.crc32);
    const stream = await openEntry(zip, sheet.entry, (n) => progress.add(n));
    const scanner = new SheetScanner(context, onRow, reading.texts);
    await scanChunks(stream, scanner, check);
    return scanner.emptyValues;
  } catch (error) {
    // Name the sheet: the teacher can find it, and knows the other sheets were fine.
    if (error instanceof FormatError) {
      const damage = error.messageKey === 'io.damaged';
      throw new FormatError(error.message, damage ? 'io.damagedSheet' : error.messageKey, {
        ...error.params,
        sheet: sheet.name,
      });
    }
    throw error;
  }
}

async function visitWorkbook(
  zip: ZipSource,
  name: string,
  visitor: WorkbookVisitor,
  options: ReadOptions,
): Promise<void> {
  const progress = new ProgressCounter(zip.source.size, options.onProgress);
  const head = await readExactly(zip.source, 0, 8);
  if (head && COMPOUND_FILE.every((b, i) => head[i] === b)) {
    throw new InputFileError('io.encrypted', { file: name });
  }
  const entries = await readZipDirectory(zip.source);
  const parts = await readWorkbookParts(zip, entries);
  if (parts.sheets.length === 0) throw new InputFileError('io.noSheets', { file: name });
  checkStreamedSize(parts);
  const reading: Reading = { zip, progress, texts: new CellTextCache() };
  let context: SheetContext | undefined;
  for (const sheet of parts.sheets) {
    const sink = visitor.beginSheet({ file: name, sheet: sheet.name, hidden: sheet.hidden });
    if (!sink) continue;
    context ??= await loadContext(reading, parts);
    const empty = await readSheet(reading, sheet, context, (row, cells) => sink.row(row, cells));
    if (empty) visitor.notice?.(emptyValueNotice(name, sheet.name, empty));
    sink.end();
  }
  progress.finish();
}

/**
 * Streams every worksheet of an .xlsx/.xlsm file to `visitor`, in tab order, with real sheet
 * names, hidden state and Excel row numbers. Only the shared strings are held in memory; rows are
 * parsed and handed over one at a time. `name` is the file as the teacher knows it; the host's
 * inflater (`options.inflater`, else the browser's, see defaultInflater) inflates. A damaged file raises
 * `InputFileError` (`io.damaged`, or `io.damagedSheet` naming the sheet).
 */
export async function readXlsx(
  source: ByteSource,
  name: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  const zip: ZipSource = { source, inflater: options.inflater ?? defaultInflater() };
  try {
    await visitWorkbook(zip, name, visitor, options);
  } catch (error) {
    if (error instanceof FormatError) {
      throw new InputFileError(error.messageKey, { ...error.params, file: name });
    }
    throw error;
  }
}
