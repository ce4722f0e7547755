import { isMarkFormula, parseOwner, SHEET_MARK } from '../core/marks';

/**
 * Deletes what a failed run created: sheets whose marker carries the run's token, and highlights
 * whose formula does. Best effort: if Excel refuses even this, the leftovers still carry the
 * product's markers and the next run replaces them.
 */
export async function rollback(
  ctx: Excel.RequestContext,
  token: string,
  markedSheets: readonly Excel.Worksheet[],
): Promise<void> {
  try {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const markers = sheets.items.map((ws) => ({
      ws,
      mark: ws.names.getItemOrNullObject(SHEET_MARK).load('value'),
    }));
    const unique = [...new Set(markedSheets)];
    const cfs = unique.map((ws) =>
      ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula'),
    );
    await ctx.sync();
    for (const { ws, mark } of markers)
      if (!mark.isNullObject && parseOwner(mark.value)?.token === token) ws.delete();
    for (const list of cfs)
      for (const cf of list.items)
        if (
          cf.type === 'Custom' &&
          !cf.customOrNullObject.isNullObject &&
          isMarkFormula(cf.customOrNullObject.rule.formula, token)
        )
          cf.delete();
    await ctx.sync();
  } catch {
    // Nothing more can be done from here; see the function's comment.
  }
}
