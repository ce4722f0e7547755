import type { ReadOptions } from '../../read/progress';
import { readXlsx } from '../../read/readXlsx';
import type { WorkbookVisitor } from '../../read/visitor';
import { readFileWith } from './readInput';

/** Streams the .xlsx/.xlsm file at `path` to `visitor` (`readXlsx` over the file, with zlib). */
export function readXlsxRows(
  path: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  return readFileWith(readXlsx, path, visitor, options);
}
