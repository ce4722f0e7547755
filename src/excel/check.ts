import type { MappingOverride } from '../core/discovery/types';
import type { Lang } from '../core/messages';
import type { Policy } from '../core/policy/types';
import { buildReport } from '../core/report/buildReport';
import type { CheckOutcome } from '../core/result';
import type { HeldImport } from '../taskpane/importer/types';
import { failureIssue } from '../taskpane/importer/streamRest';
import { queueDateSystem } from './dateSystem';
import { discoverInEngine } from './discoverInEngine';
import { throwIfAborted, untilAborted } from './errors';
import { readHeads } from './heads';
import { takeInventory, type SheetInfo } from './inventory';
import type { TableMapping } from '../core/tables';
import { readMarks } from './readMarks';
import { newToken } from '../core/marks';
import { localStamp, type ProgressListener } from './progress';
import { readData } from './readData';
import { createInProcessEngine, type EngineFactory, type Finished } from './engine';
import { reportNames, reportPlan } from './reportPlan';
import { writeTransaction } from './transaction';
import type { Issue } from '../core/issue';

export interface CheckOptions {
  readonly policy: Policy;
  readonly overrides?: MappingOverride[];
  /** Grade files the teacher picked in the pane: checked with the workbook, not written into it. */
  readonly imported?: readonly HeldImport[];
  readonly lang: Lang;
  readonly onProgress?: ProgressListener;
  readonly signal?: AbortSignal;
}

export type CheckAnswer = CheckOutcome & { readonly written?: { readonly reportSheet: string } };

/**
 * The earlier highlights on the sheets this check reads (the only sheets it marks), and a warning
 * for each such sheet whose conditional formats Excel would not give: the check goes on without
 * replacing that sheet's old highlights.
 */
async function marksOnTouched(
  ctx: Excel.RequestContext,
  sheets: readonly SheetInfo[],
  mappings: readonly TableMapping[],
): Promise<{ sheets: SheetInfo[]; issues: Issue[] }> {
  const names = new Set(mappings.map((m) => m.sheet));
  const touched = sheets.filter((s) => s.owner === undefined && names.has(s.name));
  const read = await readMarks(ctx, touched);
  return {
    sheets: sheets.map((s) => ({ ...s, marks: read.marks.get(s.ws) ?? [] })),
    issues: read.unreadable.map((sheet) => ({
      severity: 'warning',
      messageKey: 'excel.marksUnreadable',
      params: { sheet },
    })),
  };
}

/**
 * The whole check inside one Excel.run, one core session in the engine: inventory (2 syncs), sheet
 * heads (1) given to the engine with the imported files' heads, its review (stop on an error), for
 * a sheet longer than one block a look for where its needed columns end (1), data blocks (one sync
 * each) handed to the engine as they arrive, the engine's verdict and report, then the write of the
 * report and the highlights. The signal is honoured until the write starts; a cancelled check
 * writes nothing.
 */
export async function runCheck(
  ctx: Excel.RequestContext,
  options: CheckOptions,
  now: () => Date,
  newEngine: EngineFactory = createInProcessEngine,
): Promise<CheckAnswer> {
  const { policy, signal, onProgress: progress } = options;
  throwIfAborted(signal);
  progress?.({ phase: 'discover', done: 0, total: 3 });
  const date1904 = queueDateSystem(ctx);
  const sheets = await takeInventory(ctx, { used: true, tables: true });
  throwIfAborted(signal);
  progress?.({ phase: 'discover', done: 2, total: 3 });
  const heads = await readHeads(ctx, sheets, signal);
  progress?.({ phase: 'discover', done: 3, total: 3 });
  const engine = newEngine();
  let finished: Finished;
  let marked: Awaited<ReturnType<typeof marksOnTouched>>;
  const order = {
    lang: options.lang,
    names: reportNames(sheets, options.lang),
    generatedAt: localStamp(now()),
  };
  try {
    const discovery = await discoverInEngine(engine, policy, heads, {
      ...options,
      date1904: date1904(),
    });
    const errors = discovery.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      engine.dispose();
      return { ok: false, issues: errors };
    }
    marked = await marksOnTouched(ctx, sheets, discovery.mappings);
    for (const issue of marked.issues) engine.notice(issue);
    progress?.({ phase: 'read', done: 0, total: 0 });
    await readData(
      ctx,
      { heads, mappings: discovery.mappings, engine },
      {
        ...(signal ? { signal } : {}),
        onBatch: (done, total) => progress?.({ phase: 'read', done, total }),
      },
    );
    // Each imported file is read again where the engine runs: its rows never cross in messages.
    for (const held of options.imported ?? []) {
      const failure = await untilAborted(
        engine.pushFile(held, (done, total) => progress?.({ phase: 'read', done, total })),
        signal,
      );
      if (failure) {
        engine.dispose();
        return { ok: false, issues: [failureIssue(failure)] };
      }
    }
    throwIfAborted(signal);
    progress?.({ phase: 'compute', done: 0, total: 1 });
    // Decided here, before the engine finishes, so a worker engine builds the report too.
    finished = await engine.finish(order);
  } catch (error) {
    engine.dispose();
    throw error;
  }
  progress?.({ phase: 'compute', done: 1, total: 1 });
  const { outcome } = finished;
  if (!outcome.ok) return outcome;
  const result = outcome.value;
  throwIfAborted(signal);
  progress?.({ phase: 'write', done: 0, total: 1 });
  const model =
    finished.report ??
    buildReport(result, options.lang, { names: order.names, generatedAt: order.generatedAt });
  const plan = reportPlan(result, marked.sheets, { names: order.names, model }, newToken());
  await writeTransaction(ctx, plan);
  progress?.({ phase: 'write', done: 1, total: 1 });
  return { ok: true, value: result, written: { reportSheet: plan.sheets[0]?.finalName ?? '' } };
}
