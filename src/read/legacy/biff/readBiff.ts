import type { WorkbookVisitor } from '../../visitor';
import { FormatError } from '../../errors';
import { damaged } from '../bytes';
import { CompoundFile } from '../cfb/container';
import { readGlobals } from './globals';
import { SheetReader } from './sheet';
import { inSheet } from '../inSheet';
import type { SheetGrid } from '../grid';

/**
 * Reads an Excel 97-2003 (BIFF8) or Excel 5/95 (BIFF5) workbook, as 正方, 强智, WPS (.et) and
 * LibreOffice write it: every worksheet in tab order with its name and hidden state; charts,
 * macro sheets and VBA modules are not worksheets and are not visited.
 */
export function readBiff(bytes: Uint8Array, file: string, visitor: WorkbookVisitor): void {
  const cfb = new CompoundFile(bytes);
  const stream = cfb.stream('Workbook') ?? cfb.stream('Book');
  if (!stream) throw damaged('no Workbook stream');
  const globals = readGlobals(stream);
  if (globals.sheets.length === 0) throw new FormatError('no worksheets', 'io.noSheets');
  for (const sheet of globals.sheets) {
    const sink = visitor.beginSheet({ file, sheet: sheet.name, hidden: sheet.hidden });
    if (!sink) continue;
    let grid: SheetGrid;
    try {
      grid = new SheetReader(globals).read(stream, sheet.offset);
    } catch (error) {
      throw inSheet(error, sheet.name);
    }
    grid.flush(sink);
  }
}
