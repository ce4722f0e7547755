import type { ContentKind } from './sniff';
import type { MessageKey } from '../core/messages';
import type { Issue } from '../core/issue';

/**
 * What to do with a picked or named file: read it as a workbook, a legacy spreadsheet or a text
 * table, or refuse it with the `io.*` message that says what it really is. Pure: the command line and the pane share it,
 * so both give the same message for the same file.
 */
export type InputPlan =
  | { readonly read: 'xlsx' | 'text' | 'legacy'; readonly notice?: Issue }
  | { readonly refuse: MessageKey; readonly params: Readonly<Record<string, string>> };

/** Extensions a teacher's table arrives with; the content decides how it is read. */
export const TABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.xlsx',
  '.xlsm',
  '.xls',
  '.et',
  '.csv',
  '.tsv',
  '.txt',
]);

const WORKBOOK_EXT = new Set(['.xlsx', '.xlsm']);
const TEXT_EXT = new Set(['.csv', '.tsv', '.txt']);

const refuse = (key: MessageKey, params: Record<string, string>): InputPlan => ({
  refuse: key,
  params,
});

/** The plan for a file called `file` (extension `ext`, lower case, with the dot) holding `kind`. */
export function planInput(file: string, ext: string, kind: ContentKind): InputPlan {
  switch (kind) {
    case 'zip':
      return { read: 'xlsx' }; // the zip's member names refine this (`planZip`)
    case 'ole2':
    case 'html':
    case 'xml-spreadsheet':
      // A real .xls or .et (or one with an open password, said so), a web page or an XML
      // Spreadsheet 2003 saved as ".xls": the legacy readers read them, whatever the name.
      return { read: 'legacy' };
    case 'xml':
      return refuse('io.xmlOther', { file });
    case 'text':
      // Read it, but say so: the teacher believes it is a workbook.
      if (TEXT_EXT.has(ext)) return { read: 'text' };
      return {
        read: 'text',
        notice: { severity: 'warning', messageKey: 'io.readAsText', params: { file, ext } },
      };
    case 'binary':
      // The workbook reader says where the damage is.
      return WORKBOOK_EXT.has(ext) ? { read: 'xlsx' } : refuse('io.notTable', { file });
  }
}

/**
 * The plan for a zip package from its member names (lower case): an .xlsb (`xl/workbook.bin`) or
 * a Word, PowerPoint or OpenDocument package is named; anything else is read as a workbook.
 */
export function planZip(file: string, ext: string, names: readonly string[]): InputPlan {
  if (names.includes('xl/workbook.bin')) return refuse('io.xlsb', { file, ext });
  const excel = names.some((n) => n.startsWith('xl/'));
  const other = names.some((n) => /^(word|ppt)\/|^mimetype$|^content\.xml$/.test(n));
  if (!excel && (other || !names.includes('_rels/.rels')))
    return refuse('io.zipNotWorkbook', { file });
  return { read: 'xlsx' };
}
