import type { Row } from '../../core/cells';
import type { InputIssue } from '../../core/findings';
import type { SheetGrid } from '../../core/tables';
import { BadBytesTracker } from '../../cli/io/csv/badBytes';
import { detectDelimiter } from '../../cli/io/csv/delimiter';
import { csvRow } from '../../cli/io/csv/fieldValue';
import { CsvParser } from '../../cli/io/csv/parser';
import { decodeCsvBytes } from './decodeText';

/** The sheet name a CSV file gets: its file name without the extension, as Excel names it. */
export function csvSheetName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || fileName;
}

/** A CSV file read into one sheet, with the warnings the command line would give for it. */
export interface ParsedCsv {
  readonly grid: SheetGrid;
  readonly notices: readonly InputIssue[];
}

/**
 * A CSV (or tab-separated) file as one sheet, with the command line's parser and field rules (text
 * values, `="007"` idiom, blank records skipped but counted so row numbers match what Excel shows).
 * Throws the parser's FormatError on an unclosed quote.
 */
export function importCsv(fileName: string, bytes: Uint8Array): ParsedCsv {
  const rows: Row[] = [];
  const badBytes = new BadBytesTracker();
  const { text, badSequences } = decodeCsvBytes(bytes);
  const parser = new CsvParser((record, fields) => {
    badBytes.record(record, fields);
    const row = csvRow(fields);
    if (!row) return;
    while (rows.length < record - 1) rows.push([]);
    rows.push(row);
  }, detectDelimiter(text));
  parser.write(text);
  parser.end();
  const sheet = csvSheetName(fileName);
  const notice = badBytes.issue(fileName, sheet, badSequences);
  return {
    grid: { file: fileName, sheet, rows, firstRow: 1 },
    notices: notice ? [notice] : [],
  };
}

/** The sheet of `importCsv`, without its warnings. */
export function parseCsv(fileName: string, bytes: Uint8Array): SheetGrid {
  return importCsv(fileName, bytes).grid;
}
