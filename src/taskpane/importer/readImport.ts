import type { InputIssue } from '../../core/findings';
import type { SheetGrid } from '../../core/tables';
import { FormatError } from '../../cli/io/errors';
import { planInput, planZip, TABLE_EXTENSIONS, type InputPlan } from '../../cli/io/inputPlan';
import { SNIFF_BYTES, sniffContent } from '../../cli/io/sniff';
import { importCsv } from './parseCsv';
import { parseXlsx, type ExcelJsModule } from './parseXlsx';
import type { FileBytes, ImportResult } from './types';
import { zipNames } from './zipNames';

function failure(name: string, messageKey: string, params: Record<string, string | number> = {}) {
  return { ok: false as const, failure: { name, messageKey, params: { ...params, file: name } } };
}

function success(
  name: string,
  sheets: readonly SheetGrid[],
  notices: readonly InputIssue[] = [],
): ImportResult {
  const rows = sheets.reduce((sum, s) => sum + s.rows.length, 0);
  return { ok: true, file: { name, sheets, rows, notices } };
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old .xls and password-protected .xlsx

async function readXlsx(load: () => Promise<ExcelJsModule>, name: string, buffer: ArrayBuffer) {
  const bytes = new Uint8Array(buffer);
  if (OLE.every((b, i) => bytes[i] === b)) return failure(name, 'io.encrypted');
  try {
    const sheets = await parseXlsx(await load(), name, buffer);
    return sheets.length > 0 ? success(name, sheets) : failure(name, 'io.noSheets');
  } catch {
    // exceljs throws plain errors for every kind of broken zip; the teacher needs one sentence.
    return failure(name, 'io.damaged');
  }
}

/** What the bytes are, as the command line decides it (`planInput`), zip members included. */
function plan(name: string, ext: string, bytes: Uint8Array): InputPlan | 'zipDamaged' {
  const kind = sniffContent(bytes.subarray(0, SNIFF_BYTES));
  if (kind !== 'zip') return planInput(name, ext, kind);
  const names = zipNames(bytes);
  return names ? planZip(name, ext, names) : 'zipDamaged';
}

/**
 * Reads one picked file into sheets by what it holds, as the command line does: a workbook with
 * exceljs (loaded on demand by `load`), a CSV or tab-separated text with the command line's CSV
 * rules; a web page, XML Spreadsheet 2003 or .xlsb saved under another name is refused with the
 * same `io.*` message the command line gives.
 */
export async function readImport(
  file: FileBytes,
  load: () => Promise<ExcelJsModule>,
): Promise<ImportResult> {
  const { name } = file;
  const bytes = new Uint8Array(file.bytes);
  const ext = /(\.[^.]*)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!TABLE_EXTENSIONS.has(ext)) return failure(name, 'io.unsupported', { ext: ext || '—' });
  if (bytes.length === 0) return failure(name, 'io.empty');
  const how = plan(name, ext, bytes);
  if (how === 'zipDamaged') return failure(name, 'io.zipDamaged');
  if ('refuse' in how) return failure(name, how.refuse, how.params);
  if (how.read === 'xlsx') return readXlsx(load, name, file.bytes);
  try {
    const csv = importCsv(name, bytes);
    return success(name, [csv.grid], [...(how.notice ? [how.notice] : []), ...csv.notices]);
  } catch (error) {
    if (error instanceof FormatError) return failure(name, error.messageKey, { ...error.params });
    throw error;
  }
}
