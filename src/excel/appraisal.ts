import { collectFilled } from '../core/appraisal/collect/collect';
import type { AppraisalSettings } from '../core/appraisal/types';
import type { MappingOverride } from '../core/discovery/types';
import type { Lang } from '../core/messages';
import { queueDateSystem } from './dateSystem';
import { discoverInEngine } from './discoverInEngine';
import { createInProcessEngine, type AppraisalFinished, type EngineFactory } from './engine';
import type { Policy } from '../core/policy/types';
import { generatedKey, isAppraisalSheet, isGeneratedAppraisal } from './appraisalOwner';
import { readHeads } from './heads';
import { takeInventory, type SheetInfo, keptSheets } from './inventory';
import { newToken } from '../core/marks';
import type { ProgressListener } from './progress';
import { readData } from './readData';
import { readGrids } from './readGrids';
import { writeTransaction } from './transaction';
import type { Issue } from '../core/issue';

export interface AppraisalOptions {
  readonly policy: Policy;
  readonly overrides?: readonly MappingOverride[];
  readonly settings: AppraisalSettings;
  readonly lang: Lang;
  /** Replace forms that already hold typed scores; without it, such forms stop the generation. */
  readonly overwrite?: boolean;
  readonly onProgress?: ProgressListener;
}

export type AppraisalAnswer =
  | {
      readonly status: 'generated';
      /** Every sheet written, summary first, as named in the workbook. */
      readonly sheets: readonly string[];
      readonly forms: number;
      readonly members: number;
      /** Members left out (titles not recognised) and the like. */
      readonly warnings: readonly Issue[];
      /** Notes from reading the roster; the check lists them one by one. */
      readonly inputIssues: readonly Issue[];
    }
  | { readonly status: 'rejected'; readonly issues: readonly Issue[] }
  /** Forms of an earlier generation hold typed scores: `copies` forms would be lost. */
  | { readonly status: 'filled'; readonly copies: number };

/** How many of the earlier forms hold scores someone typed (suggestions alone do not count). */
async function filledCopies(
  ctx: Excel.RequestContext,
  previous: readonly SheetInfo[],
  lang: Lang,
): Promise<number> {
  if (previous.length === 0) return 0;
  const outcome = collectFilled([{ file: '', sheets: await readGrids(ctx, previous) }], lang);
  return outcome.ok ? outcome.value.copies : 0;
}

/**
 * 生成评分表 inside one Excel.run: inventory, heads and data read like the check (the teacher's
 * sheets only) into the engine's session, the appraisal built where the engine runs, then one write transaction that replaces every
 * earlier appraisal sheet. Names the teacher's sheets use are reserved before the forms are named,
 * so the summary's formulas always point at the product's forms.
 */
export async function runAppraisal(
  ctx: Excel.RequestContext,
  options: AppraisalOptions,
  newEngine: EngineFactory = createInProcessEngine,
): Promise<AppraisalAnswer> {
  const { lang, onProgress: progress } = options;
  progress?.({ phase: 'discover', done: 0, total: 3 });
  const date1904 = queueDateSystem(ctx);
  const sheets = await takeInventory(ctx, { used: true, tables: true });
  const previous = sheets.filter(isAppraisalSheet);
  if (!options.overwrite) {
    const copies = await filledCopies(ctx, sheets.filter(isGeneratedAppraisal), lang);
    if (copies > 0) return { status: 'filled', copies };
  }
  const heads = await readHeads(ctx, sheets);
  progress?.({ phase: 'discover', done: 3, total: 3 });
  const engine = newEngine();
  const kept = sheets.filter((s) => !previous.includes(s));
  let built: AppraisalFinished;
  try {
    const discovery = await discoverInEngine(engine, options.policy, heads, {
      ...options,
      date1904: date1904(),
    });
    const errors = discovery.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      engine.dispose();
      return { status: 'rejected', issues: errors };
    }
    progress?.({ phase: 'read', done: 0, total: 0 });
    await readData(
      ctx,
      { heads, mappings: discovery.mappings, engine },
      { onBatch: (done, total) => progress?.({ phase: 'read', done, total }) },
    );
    progress?.({ phase: 'compute', done: 0, total: 1 });
    built = await engine.finishAppraisal({
      settings: options.settings,
      lang,
      reservedSheetNames: kept.map((s) => s.name),
    });
  } catch (error) {
    engine.dispose();
    throw error;
  }
  progress?.({ phase: 'compute', done: 1, total: 1 });
  if (!built.ok) return { status: 'rejected', issues: built.issues };
  progress?.({ phase: 'write', done: 0, total: 1 });
  const { model } = built.value;
  await writeTransaction(ctx, {
    token: newToken(),
    sheets: model.sheets.map((s) => ({ model: s, owner: generatedKey(s), finalName: s.name })),
    marks: [],
    replaceSheets: previous.map((s) => s.ws),
    removeMarks: [],
    takenTables: new Set(kept.flatMap((s) => s.tables.map((t) => t.toUpperCase()))),
    kept: keptSheets(
      sheets,
      previous.map((s) => s.ws),
    ),
  });
  progress?.({ phase: 'write', done: 1, total: 1 });
  return {
    status: 'generated',
    sheets: model.sheets.map((s) => s.name),
    forms: built.value.forms,
    members: built.value.members,
    warnings: built.value.warnings,
    inputIssues: built.value.inputIssues,
  };
}
