import type { Row } from '../../core/cells';
import type { SheetGrid } from '../../core/tables';
import { csvRow } from '../../cli/io/csv/fieldValue';
import { CsvParser } from '../../cli/io/csv/parser';
import { decodeText } from './decodeText';

/** The sheet name a CSV file gets: its file name without the extension, as Excel names it. */
export function csvSheetName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || fileName;
}

/**
 * A CSV file as one sheet, with the command line's parser and field rules (text values, `="007"`
 * idiom, blank records skipped but counted so row numbers match what Excel shows).
 * Throws the parser's FormatError on an unclosed quote.
 */
export function parseCsv(fileName: string, bytes: Uint8Array): SheetGrid {
  const rows: Row[] = [];
  const parser = new CsvParser((record, fields) => {
    const row = csvRow(fields);
    if (!row) return;
    while (rows.length < record - 1) rows.push([]);
    rows.push(row);
  });
  parser.write(decodeText(bytes));
  parser.end();
  return { file: fileName, sheet: csvSheetName(fileName), rows, firstRow: 1 };
}
