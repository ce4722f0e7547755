import type { Row } from '../core/cells';
import type { Discovery } from '../core/pipeline';
import type { Policy } from '../core/policy/types';
import { buildReport } from '../core/report/buildReport';
import type { CheckOutcome } from '../core/result';
import { startCheck, type CheckSession, type SheetFeed, type SheetInfo } from '../core/session';
import type { TableMapping } from '../core/tables';
import { blockRows, type RunValues } from './blockRows';
import type { EngineStart, Finished, ReportOrder } from './engine';
import { appraisalFrom, type AppraisalFinished, type AppraisalOrder } from './engineAppraisal';
import type { Issue } from '../core/issue';
import { streamRest } from '../taskpane/importer/streamRest';
import type { HeldImport, ImportFailure } from '../taskpane/importer/types';
import type { ReadOptions } from '../read/progress';
import { sheetKey } from '../core/pipeline/sheetKey';

/** The work an engine does, synchronously: the same in this thread and in the pane's worker. */
export class EngineCore {
  private readonly session: CheckSession;
  private readonly feeds = new Map<string, SheetFeed>();

  constructor(policy: Policy, start: EngineStart = {}) {
    this.session = startCheck(policy, start.overrides ?? [], {
      ...(start.date1904 ? { date1904: true } : {}),
    });
  }

  /** See CheckEngine.head. */
  head(info: SheetInfo, firstRow: number, rows: readonly Row[]): readonly TableMapping[] {
    const feed = this.open(info);
    feed.rows(firstRow, rows);
    return feed.tables();
  }

  /** See CheckEngine.review. */
  review(): Discovery {
    return this.session.review();
  }

  /** See CheckEngine.notice. */
  notice(issue: Issue): void {
    this.session.notice(issue);
  }

  /** See CheckEngine.pushRows. */
  pushRows(file: string | undefined, sheet: string, firstRow: number, rows: readonly Row[]): void {
    this.feed(file, sheet).rows(firstRow, rows);
  }

  /** See CheckEngine.pushFile: the file's rows after its heads, read here, into their feeds. */
  pushFile(held: HeldImport, options: ReadOptions = {}): Promise<ImportFailure | undefined> {
    return streamRest(
      held,
      (info) => this.feeds.get(sheetKey(info.file, info.sheet)) ?? this.open(info),
      options,
    );
  }

  /** See CheckEngine.pushBlock. */
  pushBlock(sheet: string, r1: number, runs: readonly RunValues[]): void {
    const feed = this.feed(undefined, sheet);
    blockRows(r1, runs, (n, row) => feed.row(n, row));
  }

  /** Ends every sheet and runs every rule; discovery's notes come first. */
  finish(): CheckOutcome {
    for (const feed of this.feeds.values()) feed.end();
    return this.session.finish();
  }

  /** Evaluates and builds the ordered report from the result. */
  finishWithReport(order?: ReportOrder): Finished {
    const outcome = this.finish();
    if (!order || !outcome.ok) return { outcome };
    const report = buildReport(outcome.value, order.lang, {
      names: order.names,
      generatedAt: order.generatedAt,
    });
    return { outcome, report };
  }

  /** Evaluates and builds the appraisal forms where the engine runs. */
  finishAppraisal(order: AppraisalOrder): AppraisalFinished {
    return appraisalFrom(this.finish(), order);
  }

  /** A sheet's feed; a sheet never opened by a head is opened now (its first rows find its tables). */
  private feed(file: string | undefined, sheet: string): SheetFeed {
    return (
      this.feeds.get(sheetKey(file, sheet)) ??
      this.open({ ...(file !== undefined ? { file } : {}), sheet })
    );
  }

  private open(info: SheetInfo): SheetFeed {
    const feed = this.session.sheet(info);
    this.feeds.set(sheetKey(info.file, info.sheet), feed);
    return feed;
  }
}
