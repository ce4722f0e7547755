import ExcelJS from 'exceljs';
import { readImport } from '../taskpane/importer/readImport';
import type { FileBytes, ImportResult } from '../taskpane/importer/types';

/**
 * Reads the files the teacher picked into sheets. The one place the page names a reader: today the
 * pane's importer (exceljs for workbooks, the command line's CSV rules); when the host-neutral reader
 * (src/read, streaming over a ByteSource) lands, only this file changes.
 */
export function readPicked(files: readonly FileBytes[]): Promise<ImportResult[]> {
  return Promise.all(files.map((file) => readImport(file, () => Promise.resolve(ExcelJS))));
}
