import type { Row } from '../../core/cells';
import type { SheetGrid } from '../../core/tables';
import type { WorkbookVisitor } from '../../read/visitor';
import type { Issue } from '../../core/issue';

/**
 * A visitor that keeps every sheet as the pane holds imported files: one `SheetGrid` per sheet,
 * `rows[n - 1]` being Excel row n (rows without a value are empty), with the reader's warnings.
 * With `keepRows`, rows below Excel row `keepRows` are read but not kept.
 */
export function sheetCollector(keepRows = Infinity): {
  visitor: WorkbookVisitor;
  sheets: SheetGrid[];
  notices: Issue[];
} {
  const sheets: SheetGrid[] = [];
  const notices: Issue[] = [];
  const visitor: WorkbookVisitor = {
    beginSheet(info) {
      const rows: Row[] = [];
      return {
        row(rowNumber, cells) {
          if (rowNumber > keepRows) return;
          while (rows.length < rowNumber - 1) rows.push([]);
          rows.push(cells);
        },
        end() {
          sheets.push({
            file: info.file,
            sheet: info.sheet,
            rows,
            firstRow: 1,
            hidden: info.hidden,
            ...(info.displayed ? { displayed: true } : {}),
          });
        },
      };
    },
    notice: (issue) => notices.push(issue),
  };
  return { visitor, sheets, notices };
}
