import { InputFileError } from '../../read/errors';
import type { ReadOptions } from '../../read/progress';
import { readInput } from '../../read/readInput';
import { blobSource } from '../../read/web/blobSource';
import { sheetCollector } from './collectSheets';
import type { ImportResult, PickedFile } from './types';

/**
 * Reads one picked file into sheets with the command line's reader (src/read), by what it holds:
 * .xlsx streamed from the Blob (never loaded whole), old .xls/.et, web pages and XML 2003 saved as
 * ".xls", CSV and tab-separated text. A file that cannot be read gives the same `io.*` message the
 * command line gives for it. `options.inflater` defaults to the browser's DecompressionStream.
 */
export async function readImport(
  file: PickedFile,
  options: Pick<ReadOptions, 'inflater'> = {},
): Promise<ImportResult> {
  const { name } = file;
  const { visitor, sheets, notices } = sheetCollector();
  try {
    await readInput(blobSource(file.blob), name, visitor, options);
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    return {
      ok: false,
      failure: { name, messageKey: error.messageKey, params: { ...error.params, file: name } },
    };
  }
  const rows = sheets.reduce((sum, s) => sum + s.rows.length, 0);
  return { ok: true, file: { name, sheets, rows, notices } };
}
