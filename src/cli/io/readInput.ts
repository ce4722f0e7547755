import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputFileError } from './errors';
import { inputFsError } from './fsErrors';
import { readCsvRows } from './readCsv';
import { readXlsxRows } from './readXlsx';
import type { ReadOptions } from './progress';
import type { WorkbookVisitor } from './visitor';

type Reader = (path: string, visitor: WorkbookVisitor, options: ReadOptions) => Promise<void>;

const READERS: Readonly<Record<string, Reader>> = {
  '.xlsx': readXlsxRows,
  '.xlsm': readXlsxRows,
  '.csv': readCsvRows,
};

/**
 * Reads any input the command line accepts (.xlsx, .xlsm, .csv) into `visitor`. Everything a
 * teacher can get wrong (a missing path, a folder, an empty or damaged file, an old .xls, another
 * format) raises `InputFileError` with an `io.*` message naming the file. `options.onProgress`
 * hears the bytes of this file read so far.
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
  if (ext === '.xls') throw new InputFileError('io.xls', { file });
  const reader = READERS[ext];
  if (!reader) throw new InputFileError('io.unsupported', { file, ext: ext || '—' });
  if (info.size === 0) throw new InputFileError('io.empty', { file });
  await reader(path, visitor, options);
}
