import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputFileError } from '../../read/errors';
import type { ReadOptions } from '../../read/progress';
import { readInput } from '../../read/readInput';
import type { ByteSource } from '../../read/source';
import type { WorkbookVisitor } from '../../read/visitor';
import { inputFsError } from './fsErrors';
import { openFileSource } from './node/fileSource';
import { zlibInflater } from './node/zlibInflater';

type SourceReader = (
  source: ByteSource,
  file: string,
  visitor: WorkbookVisitor,
  options: ReadOptions,
) => Promise<void>;

/**
 * Runs a host-neutral reader (src/read) over the file at `path`, with Node's zlib: a missing,
 * unreadable or folder path becomes the teacher's `io.*` message naming the file.
 */
export async function readFileWith(
  reader: SourceReader,
  path: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  const file = basename(path);
  const info = await stat(path).catch((error: unknown) => {
    throw inputFsError(error, file);
  });
  if (info.isDirectory()) throw new InputFileError('io.notFile', { file });
  const source = await openFileSource(path).catch((error: unknown) => {
    throw inputFsError(error, file);
  });
  try {
    await reader(source, file, visitor, { inflater: zlibInflater, ...options });
  } catch (error) {
    throw inputFsError(error, file);
  } finally {
    await source.close();
  }
}

/**
 * Reads any input the command line accepts into `visitor`, choosing the reader by what the file
 * holds, not by its name (see `readInput` in src/read). `options.onProgress` hears the bytes of
 * this file read so far.
 */
export function readInputFile(
  path: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  return readFileWith(readInput, path, visitor, options);
}
