/**
 * The name of the first of `sheets` that is protected now, or undefined (also when Excel cannot
 * say). A write refused with AccessDenied is then blamed on the sheet the teacher must unprotect,
 * even when the protection was switched on while the check was reading.
 */
export async function lockedSheet(
  ctx: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
): Promise<string | undefined> {
  try {
    const states = [...new Set(sheets)].map((ws) => ({
      ws: ws.load('name'),
      protection: ws.protection.load('protected'),
    }));
    await ctx.sync();
    return states.find((s) => s.protection.protected)?.ws.name;
  } catch {
    return undefined;
  }
}

/**
 * Whether the workbook's structure is protected (Review > Protect Workbook): then no sheet can be
 * added, deleted or renamed. False when Excel cannot say.
 */
export async function structureLocked(ctx: Excel.RequestContext): Promise<boolean> {
  try {
    const protection = ctx.workbook.protection.load('protected');
    await ctx.sync();
    return protection.protected;
  } catch {
    return false;
  }
}
