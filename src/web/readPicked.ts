import { readImport } from '../taskpane/importer/readImport';
import type { ImportResult, PickedFile } from '../taskpane/importer/types';

/**
 * Reads the files the teacher picked into sheets, with the host-neutral reader (src/read) over each
 * File, slice by slice, as the pane's import does: the one place the page names a reader.
 */
export function readPicked(files: readonly PickedFile[]): Promise<ImportResult[]> {
  return Promise.all(files.map((file) => readImport(file)));
}
