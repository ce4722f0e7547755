import type { ReadOptions } from '../../read/progress';
import { readCsv } from '../../read/readCsv';
import type { WorkbookVisitor } from '../../read/visitor';
import { readFileWith } from './readInput';

/** Streams the CSV or tab-separated file at `path` to `visitor` as one sheet (`readCsv`). */
export function readCsvRows(
  path: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  return readFileWith(readCsv, path, visitor, options);
}
