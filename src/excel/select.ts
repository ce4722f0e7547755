import type { CellRef, RowRef } from '../core/cells';
import { GatewayError, richCode } from './errors';

/** Activates the row's sheet and selects the row (or the cell, for a CellRef): one sync. */
export async function runSelect(ctx: Excel.RequestContext, ref: RowRef | CellRef): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(ref.sheet);
  ws.activate();
  const range =
    'col' in ref ? ws.getCell(ref.row - 1, ref.col - 1) : ws.getRange(`${ref.row}:${ref.row}`);
  range.select();
  try {
    await ctx.sync();
  } catch (error) {
    if (richCode(error) === 'ItemNotFound')
      throw new GatewayError('excel.sheetNotFound', { sheet: ref.sheet });
    throw error;
  }
}
