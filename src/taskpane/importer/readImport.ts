import type { SheetGrid } from '../../core/tables';
import { FormatError } from '../../cli/io/errors';
import { parseCsv } from './parseCsv';
import { parseXlsx, type ExcelJsModule } from './parseXlsx';
import type { FileBytes, ImportResult } from './types';

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old .xls and password-protected .xlsx

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function failure(name: string, messageKey: string, params: Record<string, string | number> = {}) {
  return { ok: false as const, failure: { name, messageKey, params: { ...params, file: name } } };
}

function success(name: string, sheets: readonly SheetGrid[]): ImportResult {
  const rows = sheets.reduce((sum, s) => sum + s.rows.length, 0);
  return { ok: true, file: { name, sheets, rows } };
}

async function readXlsx(load: () => Promise<ExcelJsModule>, name: string, buffer: ArrayBuffer) {
  const bytes = new Uint8Array(buffer);
  if (startsWith(bytes, OLE)) return failure(name, 'io.encrypted');
  if (!startsWith(bytes, ZIP)) return failure(name, 'io.damaged');
  try {
    const sheets = await parseXlsx(await load(), name, buffer);
    return sheets.length > 0 ? success(name, sheets) : failure(name, 'io.noSheets');
  } catch {
    // exceljs throws plain errors for every kind of broken zip; the teacher needs one sentence.
    return failure(name, 'io.damaged');
  }
}

/**
 * Reads one picked file into sheets, by extension: .xlsx/.xlsm with exceljs (loaded on demand by
 * `load`), .csv with the command line's CSV rules. Problems come back as `io.*` messages.
 */
export async function readImport(
  file: FileBytes,
  load: () => Promise<ExcelJsModule>,
): Promise<ImportResult> {
  const { name } = file;
  const bytes = new Uint8Array(file.bytes);
  const ext = /\.([^.]*)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) return failure(name, 'io.empty');
  if (ext === 'xls') return failure(name, 'io.xls');
  if (ext === 'xlsx' || ext === 'xlsm') return readXlsx(load, name, file.bytes);
  if (ext !== 'csv') return failure(name, 'io.unsupported', { ext: ext ? `.${ext}` : name });
  try {
    return success(name, [parseCsv(name, bytes)]);
  } catch (error) {
    if (error instanceof FormatError) return failure(name, error.messageKey, { ...error.params });
    throw error;
  }
}
