import { sheetCollector } from '../taskpane/importer/collectSheets';
import { readImport, streamPicked } from '../taskpane/importer/readImport';
import type { ImportResult, PickedFile } from '../taskpane/importer/types';

/** One file's first `keepRows` rows of each sheet (all its rows are still parsed, none kept). */
async function readHeads(file: PickedFile, keepRows: number): Promise<ImportResult> {
  const { visitor, sheets, notices } = sheetCollector(keepRows);
  const failure = await streamPicked(file, visitor);
  if (failure) return { ok: false, failure };
  const rows = sheets.reduce((sum, s) => sum + s.rows.length, 0);
  return { ok: true, file: { name: file.name, sheets, rows, notices } };
}

/**
 * Reads the files the teacher picked into sheets, with the host-neutral reader (src/read) over each
 * File, slice by slice, as the pane's import does: the one place the page names a reader. With
 * `keepRows`, only each sheet's first rows are kept (what detection looks at).
 */
export function readPicked(
  files: readonly PickedFile[],
  keepRows?: number,
): Promise<ImportResult[]> {
  return Promise.all(
    files.map((file) => (keepRows === undefined ? readImport(file) : readHeads(file, keepRows))),
  );
}
