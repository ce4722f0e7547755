import { t } from '../../src/core/messages';
import { readImport } from '../../src/taskpane/importer/readImport';
import type { HostileCase } from '../../test/hostile/types';
import { fileBytes } from './files';
import { isWorkbook } from './spec';

/**
 * What the pane's importer says about a case's files (those a teacher would import rather than
 * open in Excel: all but a leading workbook), first line, with the time it took; `—` when no file
 * of the case reaches the importer.
 */
export async function importLine(c: HostileCase): Promise<string> {
  const files = c.files();
  const picked = files[0] && isWorkbook(files[0]) ? files.slice(1) : files;
  if (picked.length === 0) return '—';
  const started = performance.now();
  let line = '读入 read';
  for (const f of picked) {
    const bytes = await fileBytes(f);
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const read = await readImport({ name: f.name, blob: new Blob([copy as ArrayBuffer]) });
    if (!read.ok) {
      line = t(read.failure.messageKey, 'zh', read.failure.params);
      break;
    }
    const notice = read.file.notices?.[0];
    if (notice) line = t(notice.messageKey, 'zh', notice.params);
  }
  const ms = performance.now() - started;
  return `${line.split('\n')[0] ?? ''}（${(ms / 1000).toFixed(1)} s）`;
}
