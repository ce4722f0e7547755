import { FormRows } from '../../core/appraisal/collect/formRows';
import type { FilledWorkbook } from '../../core/appraisal/collect/findCopies';
import type { SheetGrid } from '../../core/tables';
import { readInputFile } from '../io/readInput';
import type { SheetInfo, SheetRowSink, WorkbookVisitor } from '../../read/visitor';

/** Keeps whole forms in memory (a few dozen rows each), never sized by a row number. */
class GridCollector implements WorkbookVisitor {
  readonly sheets: SheetGrid[] = [];

  beginSheet(info: SheetInfo): SheetRowSink {
    const rows = new FormRows();
    return {
      row: (rowNumber, cells) => rows.add(rowNumber, cells),
      end: () =>
        void this.sheets.push({
          file: info.file,
          sheet: info.sheet,
          rows: rows.rows,
          hidden: info.hidden,
        }),
    };
  }
}

/** Reads one filled workbook (never modified) into sheets of values; formulas arrive as cached results. */
export async function readFilled(path: string, file: string): Promise<FilledWorkbook> {
  const collector = new GridCollector();
  await readInputFile(path, collector);
  return { file, sheets: collector.sheets };
}
