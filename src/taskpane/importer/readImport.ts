import { InputFileError } from '../../read/errors';
import type { ReadOptions } from '../../read/progress';
import { readInput } from '../../read/readInput';
import { blobSource } from '../../read/web/blobSource';
import type { WorkbookVisitor } from '../../read/visitor';
import { sheetCollector } from './collectSheets';
import type { ImportFailure, ImportResult, PickedFile } from './types';

/**
 * Streams one picked file's rows to `visitor` with the command line's reader (src/read), by what
 * it holds: .xlsx streamed from the Blob (never loaded whole), old .xls/.et, web pages and XML 2003
 * saved as ".xls", CSV and tab-separated text. A file that cannot be read gives the same `io.*`
 * message the command line gives for it, as the returned failure; nothing is kept here.
 */
export async function streamPicked(
  file: PickedFile,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<ImportFailure | undefined> {
  const { name } = file;
  try {
    await readInput(blobSource(file.blob), name, visitor, options);
    return undefined;
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    return { name, messageKey: error.messageKey, params: { ...error.params, file: name } };
  }
}

/**
 * Reads one picked file into sheets (see streamPicked). `options.inflater` defaults to the
 * browser's DecompressionStream; `options.onProgress` hears the bytes read.
 */
export async function readImport(
  file: PickedFile,
  options: ReadOptions = {},
): Promise<ImportResult> {
  const { visitor, sheets, notices } = sheetCollector();
  const failure = await streamPicked(file, visitor, options);
  if (failure) return { ok: false, failure };
  const rows = sheets.reduce((sum, s) => sum + s.rows.length, 0);
  return { ok: true, file: { name: file.name, sheets, rows, notices } };
}
