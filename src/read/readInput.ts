import { FormatError, InputFileError } from './errors';
import { planInput, planZip, TABLE_EXTENSIONS, type InputPlan } from './inputPlan';
import type { ReadOptions } from './progress';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import { SNIFF_BYTES, sniffContent } from './sniff';
import { readAll, type ByteSource } from './source';
import type { SheetRowSink, WorkbookVisitor } from './visitor';
import { readZipDirectory } from './zip/directory';

/** The extension of `name`, lower case with its dot, or '' when it has none (as `path.extname`). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

async function zipNames(source: ByteSource, file: string): Promise<string[]> {
  try {
    return [...(await readZipDirectory(source)).keys()];
  } catch (error) {
    if (error instanceof FormatError && error.messageKey === 'io.zipDuplicate')
      throw new InputFileError(error.messageKey, { ...error.params, file });
    if (error instanceof FormatError) throw new InputFileError('io.zipDamaged', { file });
    throw error;
  }
}

/** What the file holds, as a plan: a reader, or the message saying what it is and what to do. */
async function planFor(source: ByteSource, file: string, ext: string): Promise<InputPlan> {
  const kind = sniffContent(await source.read(0, Math.min(SNIFF_BYTES, source.size)));
  if (kind === 'zip') return planZip(file, ext, await zipNames(source, file));
  return planInput(file, ext, kind);
}

/**
 * Tracks the sheet being read, so a damaged file's message can name it, and refuses a second
 * sheet of the same name in any format: Excel and WPS never allow it (case aside), a finding naming
 * the sheet could not say which one it meant, and a check would take both as one table.
 */
function tracking(visitor: WorkbookVisitor): { visitor: WorkbookVisitor; sheet(): string | null } {
  let current: string | null = null;
  const names = new Set<string>();
  const wrapped: WorkbookVisitor = {
    beginSheet(info) {
      const key = info.sheet.toLowerCase();
      if (names.has(key))
        throw new InputFileError('io.sheetNameTwice', { file: info.file, sheet: info.sheet });
      names.add(key);
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

async function readPlanned(
  plan: Extract<InputPlan, { read: string }>,
  source: ByteSource,
  file: string,
  visitor: WorkbookVisitor,
  options: ReadOptions,
): Promise<void> {
  switch (plan.read) {
    case 'xlsx':
      return readXlsx(source, file, visitor, options);
    case 'text':
      if (plan.notice) visitor.notice?.(plan.notice);
      return readCsv(source, file, visitor, options);
    case 'legacy': {
      // Read whole (these formats are not streamable); the readers load only when such a file comes.
      const bytes = await readAll(source);
      options.onProgress?.(source.size, source.size);
      const { readLegacy } = await import('./legacy');
      return readLegacy(bytes, file, visitor);
    }
  }
}

/**
 * Reads any input a teacher gives (.xlsx, .xlsm, .csv; old .xls and WPS .et; web pages, XML
 * Spreadsheet 2003 and text saved as .xls, .txt or .tsv) into `visitor`, choosing the reader by
 * what the file holds, not by its name. `name` is the file as the teacher knows it (a base name).
 * An .xlsb, a Word document, other XML or binary is named for what it is, with what to do.
 * Everything a teacher can get wrong raises `InputFileError` with an `io.*` message naming the
 * file (and the sheet, for a damaged one). Host-neutral: the command line passes a file, the pane
 * a picked File, both as a `ByteSource`.
 */
export async function readInput(
  source: ByteSource,
  name: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  const ext = extensionOf(name);
  if (!TABLE_EXTENSIONS.has(ext))
    throw new InputFileError('io.unsupported', { file: name, ext: ext || '—' });
  if (source.size === 0) throw new InputFileError('io.empty', { file: name });
  const plan = await planFor(source, name, ext);
  if ('refuse' in plan) throw new InputFileError(plan.refuse, { ...plan.params, file: name });
  const tracked = tracking(visitor);
  try {
    await readPlanned(plan, source, name, tracked.visitor, options);
  } catch (error) {
    const sheet = tracked.sheet();
    if (error instanceof InputFileError && error.messageKey === 'io.damaged' && sheet !== null)
      throw new InputFileError('io.damagedSheet', { file: name, sheet });
    throw error;
  }
}
