import type { ModelSheet } from '../core/report/sheetModel';
import { GatewayError, richCode } from './errors';
import { lockedSheet, structureLocked } from './lockedSheet';
import { markFormula, ownerFormula, SHEET_MARK, type MarkKind, type OwnerKey } from './marks';
import { removeMarks } from './removeMarks';
import { rollback } from './rollback';
import { timeSlicer } from './render/pause';
import { linkedFormulaSteps } from './render/cellBlocks';
import { renderSteps } from './render/renderSheet';
import type { RenderTarget } from './render/step';
import { uniqueTableName } from './tableNames';

/** A product sheet to write under its final name. */
export interface SheetToWrite {
  readonly model: ModelSheet;
  readonly owner: OwnerKey;
  readonly finalName: string;
}

/** Highlights of one colour on one teacher sheet, as address lists for `getRanges`. */
export interface MarksToAdd {
  readonly ws: Excel.Worksheet;
  readonly kind: MarkKind;
  readonly color: string;
  readonly lists: readonly string[];
}

/** Everything one action writes; the old product sheets and marks go only once the new ones exist. */
export interface WritePlan {
  readonly token: string;
  readonly sheets: readonly SheetToWrite[];
  readonly marks: readonly MarksToAdd[];
  readonly replaceSheets: readonly Excel.Worksheet[];
  readonly removeMarks: readonly Excel.ConditionalFormat[];
  /** Table names that will still exist (the teacher's), to keep new table names unique. */
  readonly takenTables: ReadonlySet<string>;
}

/** Request budget of one sync; Excel refuses requests over 5 MB. */
const REQUEST_BUDGET = 3_500_000;

/**
 * Formulas that name a sheet (the appraisal summary's `'评分-…'!J14`) go in only after the sheets
 * were created, the old ones deleted and the new ones renamed, and that was synced: Excel binds a
 * sheet reference to the sheet carrying the name when the formula is written, so written earlier
 * it would point at an old form (then #REF! once deleted) or at a workbook outside (no such sheet
 * yet). Without such formulas this costs no sync. Should this last step fail, the caller's
 * rollback removes the new sheets; the old ones are already gone
 * then, which is why nothing else is queued after the renames.
 */
async function linkFormulas(
  ctx: Excel.RequestContext,
  created: readonly { readonly ws: Excel.Worksheet; readonly model: ModelSheet }[],
  slice: () => Promise<void> | undefined,
): Promise<void> {
  let used = 0;
  for (const c of created)
    for (const step of linkedFormulaSteps(c.model)) {
      if (used > 0 && used + step.bytes > REQUEST_BUDGET) {
        await ctx.sync();
        used = 0;
      }
      await slice();
      used += step.bytes;
      step.apply({ ws: c.ws, tables: [] });
    }
  if (used > 0) await ctx.sync();
}

/**
 * Writes the plan so that a teacher never sees half of it: new sheets are built under temporary
 * names, highlights added, and only then are the old product sheets removed and the new sheets
 * renamed, in one sync; formulas that name a sheet and the removal of old highlights follow in
 * syncs of their own (each only when there is any). Normally everything is one sync; a very large model is
 * split into more, each under the request limit. Queueing is cut into time slices with task
 * boundaries between them (no sync), so a large report never blocks the pane's thread for long.
 * On any failure, what this run created is deleted (recognised by the run's token) and the error
 * is rethrown.
 */
export async function writeTransaction(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  slice: () => Promise<void> | undefined = timeSlicer(),
): Promise<void> {
  let used = 0;
  const room = async (bytes: number): Promise<void> => {
    if (used > 0 && used + bytes > REQUEST_BUDGET) {
      await ctx.sync();
      used = 0;
    }
    used += bytes;
  };
  const created: {
    ws: Excel.Worksheet;
    finalName: string;
    target: RenderTarget;
    model: ModelSheet;
  }[] = [];
  try {
    for (const [i, sheet] of plan.sheets.entries()) {
      await room(300);
      const ws = ctx.workbook.worksheets.add(`~UC ${plan.token} ${i + 1}`.slice(0, 31));
      ws.names.add(SHEET_MARK, ownerFormula(sheet.owner, plan.token)).visible = false;
      const target: RenderTarget = { ws, tables: [] };
      created.push({ ws, finalName: sheet.finalName, target, model: sheet.model });
      for (const step of renderSteps(sheet.model)) {
        await slice();
        await room(step.bytes);
        step.apply(target);
      }
    }
    for (const m of plan.marks)
      for (const list of m.lists) {
        await slice();
        await room(list.length + 400);
        const cf = m.ws.getRanges(list).conditionalFormats.add('Custom');
        cf.custom.rule.formula = markFormula(m.kind, plan.token);
        cf.custom.format.fill.color = m.color;
      }
    for (const ws of plan.replaceSheets) ws.delete();
    const taken = new Set(plan.takenTables);
    for (const c of created) {
      c.ws.name = c.finalName;
      for (const t of c.target.tables) t.table.name = uniqueTableName(t.name, taken);
    }
    await ctx.sync();
    await linkFormulas(ctx, created, slice);
    await removeMarks(ctx, plan.removeMarks);
  } catch (error) {
    const marked = plan.marks.map((m) => m.ws);
    await rollback(ctx, plan.token, marked);
    // Cell-edit mode stays as Excel said it, so the caller's retry can run the action again.
    if (richCode(error) === 'InvalidOperationInCellEditMode' || error instanceof GatewayError)
      throw error;
    const locked = richCode(error) === 'AccessDenied' ? await lockedSheet(ctx, marked) : undefined;
    if (locked !== undefined) throw new GatewayError('excel.sheetProtected', { sheet: locked });
    // Excel does not say which protection refused a new sheet; asking costs a sync, on failure only.
    if (await structureLocked(ctx)) throw new GatewayError('excel.workbookProtected');
    throw new GatewayError('excel.writeFailed', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}
