import type { Row } from '../../core/cells';
import type { FilledWorkbook } from '../../core/appraisal/collect/findCopies';
import type { SheetGrid } from '../../core/tables';
import { readInputFile } from '../io/readInput';
import type { SheetInfo, SheetRowSink, WorkbookVisitor } from '../io/visitor';

/** Keeps whole sheets in memory: filled forms are a few dozen rows each. */
class GridCollector implements WorkbookVisitor {
  readonly sheets: SheetGrid[] = [];

  beginSheet(info: SheetInfo): SheetRowSink {
    const rows: Row[] = [];
    return {
      row: (rowNumber, cells) => void (rows[rowNumber - 1] = cells),
      end: () =>
        void this.sheets.push({
          file: info.file,
          sheet: info.sheet,
          rows: Array.from(rows, (r) => r ?? []),
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
