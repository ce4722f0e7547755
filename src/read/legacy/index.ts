import { FormatError, InputFileError } from '../errors';
import type { WorkbookVisitor } from '../visitor';
import { type LegacyFormat, sniffFormat } from './format';

export { sniffFormat, type LegacyFormat } from './format';

/** The formats `readLegacy` reads; the others have their own reader or a message. */
export const LEGACY_FORMATS: ReadonlySet<LegacyFormat> = new Set([
  'biff8',
  'biff5',
  'html',
  'xml2003',
  'text',
]);

async function dispatch(
  format: LegacyFormat,
  bytes: Uint8Array,
  file: string,
  visitor: WorkbookVisitor,
): Promise<void> {
  // Each reader is its own chunk: the page loads the BIFF code only when an old .xls arrives.
  switch (format) {
    case 'biff8':
    case 'biff5':
      return (await import('./biff/readBiff')).readBiff(bytes, file, visitor);
    case 'html':
      return (await import('./html/readHtml')).readHtml(bytes, visitor, file);
    case 'xml2003':
      return (await import('./xml2003/readXml2003')).readXml2003(bytes, visitor, file);
    case 'text':
      return (await import('./text/readText')).readText(bytes, visitor, file);
    case 'encrypted':
      throw new FormatError('open password', 'io.legacy.encrypted');
    case 'xlsb':
      throw new FormatError('xlsb', 'io.legacy.xlsb');
    case 'xlsx':
      throw new Error(
        'readLegacy: .xlsx content goes to the .xlsx reader (check sniffFormat first)',
      );
    case 'unknown':
      throw new FormatError('not a spreadsheet', 'io.legacy.unknown');
  }
}

/**
 * Reads a legacy spreadsheet held in memory (`bytes`, from a file or a browser File) into
 * `visitor`, whatever its extension says: real .xls (BIFF8/BIFF5, also WPS .et), HTML or XML
 * Spreadsheet 2003 saved as ".xls", tab- or comma-separated text. `file` is the name shown in
 * messages. Anything wrong with the file (password, damage, too big, not a table) raises
 * `InputFileError` with an `io.*` key naming it; .xlsx content is the caller's to route elsewhere.
 */
export async function readLegacy(
  bytes: Uint8Array,
  file: string,
  visitor: WorkbookVisitor,
): Promise<void> {
  if (bytes.length === 0) throw new InputFileError('io.empty', { file });
  try {
    await dispatch(sniffFormat(bytes), bytes, file, visitor);
  } catch (error) {
    if (error instanceof FormatError)
      throw new InputFileError(error.messageKey, { ...error.params, file });
    throw error;
  }
}
