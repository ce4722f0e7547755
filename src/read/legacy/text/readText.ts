import type { WorkbookVisitor } from '../../visitor';
import { ControlCharTracker, hasControlChars } from '../../csv/controlChars';
import { csvRow } from '../../csv/fieldValue';
import { FormatError } from '../../errors';
import { decodeText } from './decode';
import { splitRecords } from './delimited';

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** Tab when the first line with content has one, else comma when it has one (a CSV named ".xls"). */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/, 20).find((line) => line.trim() !== '') ?? '';
  if (firstLine.includes('\t')) return '\t';
  return firstLine.includes(',') ? ',' : '\t';
}

/** The file's name without its extension, as the CSV reader names its one sheet. */
function stem(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/**
 * Reads delimited text saved as ".xls" (Excel's and WPS's "文本文件(制表符分隔)", or a CSV some
 * system named .xls) as one sheet named after the file. Encodings as for CSV: byte-order mark
 * (UTF-8, UTF-16), else UTF-8 when valid, else GB18030. Values stay text, so IDs keep every digit
 * and their zeros; `="00123"` gives `00123`, and control characters are dropped with a notice, as in CSV.
 */
export function readText(bytes: Uint8Array, visitor: WorkbookVisitor, file: string): void {
  const text = decodeText(bytes);
  const sink = visitor.beginSheet({ file, sheet: stem(file), hidden: false, displayed: true });
  if (!sink) return;
  const controls = hasControlChars(text) ? new ControlCharTracker() : undefined;
  splitRecords(text, delimiterOf(text), (record, fields) => {
    controls?.clean(record, fields);
    const row = csvRow(fields);
    if (!row) return;
    if (record > MAX_ROWS || row.length > MAX_COLS)
      throw new FormatError(`record ${record} beyond the grid`, 'io.legacy.tooBig', {
        rows: MAX_ROWS,
        cols: MAX_COLS,
      });
    sink.row(record, row);
  });
  const notice = controls?.issue(file, stem(file));
  if (notice) visitor.notice?.(notice);
  sink.end();
}
