import type { ModelSheet } from '../core/report/sheetModel';
import { GatewayError, richCode } from './errors';
import { lockedSheet, structureLocked } from './lockedSheet';
import { focusLost, requestTooLarge } from './transient';
import { bytesOf } from './render/step';
import { markFormula, ownerFormula, SHEET_MARK, type MarkKind, type OwnerKey } from '../core/marks';
import { removeMarks } from './removeMarks';
import { rollback } from './rollback';
import { timeSlicer } from './render/pause';
import { linkedFormulaSteps } from './render/cellBlocks';
import { renderSteps } from './render/renderSheet';
import type { RenderTarget } from './render/step';
import { uniqueTableName } from './tableNames';
import { listsAnything, SHEET_IDS_KEY, sheetIdsValue, type KeptSheets } from './sheetIds';

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
  /** The product's sheets that stay, and copies of them (see sheetIds.ts), for the id list. */
  readonly kept?: KeptSheets;
}

/** Request budget of one sync; Excel refuses requests over 5 MB. */
const REQUEST_BUDGET = 3_500_000;
/** The smallest budget a retry shrinks to, and how often a write is tried in all. */
const MIN_BUDGET = 50_000;
const WRITE_TRIES = 4;
/** What one created object (a proxy's path in the request) costs besides its arguments. */
const OBJECT_BYTES = 120;

/**
 * Formulas that name a sheet (the appraisal summary's `'评分-…'!J14`) go in only after the sheets
 * were created, the old ones deleted and the new ones renamed, and that was synced: Excel binds a
 * sheet reference to the sheet carrying the name when the formula is written, so written earlier
 * it would point at an old form (then #REF! once deleted) or at a workbook outside (no such sheet
 * yet). Without such formulas this costs no sync. Should this last step fail, the caller's
 * rollback removes the new sheets; the old ones are already gone
 * then, which is why nothing else is queued after the renames. `beforeLast` queues the product's
 * sheet list into the last sync; the answer says whether there was one.
 */
async function linkFormulas(
  ctx: Excel.RequestContext,
  created: readonly { readonly ws: Excel.Worksheet; readonly model: ModelSheet }[],
  slice: () => Promise<void> | undefined,
  budget: number,
  beforeLast: () => void,
): Promise<boolean> {
  let used = 0;
  let synced = false;
  for (const c of created)
    for (const step of linkedFormulaSteps(c.model)) {
      if (used > 0 && used + step.bytes > budget) {
        await ctx.sync();
        used = 0;
      }
      await slice();
      used += step.bytes;
      step.apply({ ws: c.ws, tables: [] });
    }
  if (used > 0) {
    beforeLast();
    await ctx.sync();
    synced = true;
  }
  return synced;
}

/**
 * Writes the plan so that a teacher never sees half of it: new sheets are built under temporary
 * names, highlights added, and only then are the old product sheets removed and the new sheets
 * renamed, in one sync; formulas that name a sheet and the removal of old highlights follow in
 * syncs of their own (each only when there is any). Normally everything is one sync; a very large model is
 * split into more, each under the request limit. Queueing is cut into time slices with task
 * boundaries between them (no sync), so a large report never blocks the pane's thread for long.
 * On any failure, what this run created is deleted (recognised by the run's token). A request
 * Excel found too large, or another workbook taking focus, makes it try again (smaller syncs for
 * the former); otherwise the error is rethrown as the pane's message.
 */
export async function writeTransaction(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  slice: () => Promise<void> | undefined = timeSlicer(),
): Promise<void> {
  let budget = REQUEST_BUDGET;
  for (let attempt = 1; ; attempt++) {
    const progress = { committed: false };
    try {
      await writeOnce(ctx, plan, slice, budget, progress);
      return;
    } catch (error) {
      const marked = plan.marks.map((m) => m.ws);
      await rollback(ctx, plan.token, marked);
      // Tried again from the start, with smaller syncs when the request was too large; only while
      // the old sheets still exist (before the renaming sync), so a retry never loses them.
      const again =
        !progress.committed &&
        attempt < WRITE_TRIES &&
        (requestTooLarge(error) || focusLost(error));
      if (again) {
        if (requestTooLarge(error)) budget = Math.max(MIN_BUDGET, Math.floor(budget / 4));
        continue;
      }
      throw await explain(ctx, error, marked);
    }
  }
}

/** The error a failed write reaches the pane as. */
async function explain(
  ctx: Excel.RequestContext,
  error: unknown,
  marked: readonly Excel.Worksheet[],
): Promise<unknown> {
  // Cell-edit mode stays as Excel said it, so the caller's retry can run the action again.
  if (richCode(error) === 'InvalidOperationInCellEditMode' || error instanceof GatewayError)
    return error;
  const locked = richCode(error) === 'AccessDenied' ? await lockedSheet(ctx, marked) : undefined;
  if (locked !== undefined) return new GatewayError('excel.sheetProtected', { sheet: locked });
  // Excel does not say which protection refused a new sheet; asking costs a sync, on failure only.
  if (await structureLocked(ctx)) return new GatewayError('excel.workbookProtected');
  return new GatewayError('excel.writeFailed', {
    detail: error instanceof Error ? error.message : String(error),
  });
}

async function writeOnce(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  slice: () => Promise<void> | undefined,
  budget: number,
  progress: { committed: boolean },
): Promise<void> {
  let used = 0;
  const room = async (bytes: number): Promise<void> => {
    if (used > 0 && used + bytes > budget) {
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
  const owners = plan.sheets.map((sheet) => ({ key: sheet.owner, token: plan.token }));
  for (const [i, sheet] of plan.sheets.entries()) {
    await room(OBJECT_BYTES * 3);
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
      // getRanges, conditionalFormats, add, custom, rule, format, fill: each object costs its path.
      await room(bytesOf(list) + OBJECT_BYTES * 7);
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
  await room(OBJECT_BYTES * (plan.replaceSheets.length + created.length * 2 + 2));
  // Queued last: should any earlier step of the sync fail, the list stays as it was.
  const kept = plan.kept;
  if (kept && listsAnything(kept)) ctx.workbook.settings.add(SHEET_IDS_KEY, sheetIdsValue(kept));
  for (const c of created) c.ws.load('id');
  await ctx.sync();
  progress.committed = true;
  // The new sheets' ids ride in the next sync this write makes anyway, queued last in it; without
  // one they get a small sync of their own, so a copy the teacher makes right after this write
  // (same marker, other id) is told from the original at the next run.
  const record = (): void => {
    if (!kept) return;
    const own = [...kept.own, ...created.map((c, i) => ({ id: c.ws.id, owner: owners[i]! }))];
    ctx.workbook.settings.add(SHEET_IDS_KEY, sheetIdsValue({ ...kept, own }));
  };
  const linked = await linkFormulas(ctx, created, slice, budget, record);
  if (!linked && plan.removeMarks.length > 0) record();
  else if (!linked && kept && created.length > 0) await recordAlone(ctx, record);
  await removeMarks(ctx, plan.removeMarks);
}

/**
 * The id list in a sync of its own, after the write is complete. Its failure must not undo a
 * finished write (the caller's rollback would delete the new sheets, the old ones being gone):
 * the list then stays as it was and, as before, the next write lists these sheets, the marker
 * naming them until then.
 */
async function recordAlone(ctx: Excel.RequestContext, record: () => void): Promise<void> {
  record();
  try {
    await ctx.sync();
  } catch {
    // Deliberately left: see above; the sheets are written and named by their marker.
  }
}
