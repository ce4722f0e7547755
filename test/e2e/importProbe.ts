/** What the pane must list after importing some files, computed in Node with the pane's own reader. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { t } from '../../src/core/messages';
import type { SheetGrid } from '../../src/core/tables';
import { readImport } from '../../src/taskpane/importer/readImport';
import type { ImportProbe } from './scenario';

/** The list lines (`name（n 个工作表，m 行）`) for these files, in order, and their sheets. */
export async function importProbe(paths: readonly string[]): Promise<ImportProbe> {
  const lines: string[] = [];
  const sheets: SheetGrid[] = [];
  for (const path of paths) {
    const bytes = await readFile(path);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const result = await readImport({ name: basename(path), blob: new Blob([buffer]) });
    if (!result.ok) throw new Error(`${path}: ${result.failure.messageKey}`);
    const { name, rows } = result.file;
    lines.push(t('ui.import.file', 'zh', { name, sheets: result.file.sheets.length, rows }));
    sheets.push(...result.file.sheets);
  }
  return { paths, lines, sheets };
}
