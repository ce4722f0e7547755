import type { Row } from '../../core/cells';
import type { MappingOverride } from '../../core/discovery/types';
import type { InputIssue } from '../../core/findings';
import type { SheetSeen } from '../../core/pipeline/discover';
import {
  Collector,
  discoverSheet,
  evaluate,
  HEAD_ROWS,
  reviewDiscovery,
} from '../../core/pipeline';
import type { Policy } from '../../core/policy/types';
import type { CheckOutcome } from '../../core/result';
import type { TableMapping } from '../../core/tables';
import type { SheetInfo, SheetRowSink, WorkbookVisitor } from '../io/visitor';

/**
 * Feeds a reader's rows to the core one sheet at a time: the first HEAD_ROWS rows are held back until
 * the sheet's tables are found, then replayed; after that rows pass straight through and are not kept,
 * so memory follows the roster and the per-student sums, not the grade rows.
 */
export class StreamingCheck implements WorkbookVisitor {
  private readonly collector: Collector;
  private readonly found: TableMapping[] = [];
  private readonly sheets: SheetSeen[] = [];
  private readonly notices: InputIssue[] = [];

  constructor(
    private readonly policy: Policy,
    private readonly overrides: readonly MappingOverride[] = [],
  ) {
    this.collector = new Collector(policy);
  }

  beginSheet(info: SheetInfo): SheetRowSink {
    const seen = { file: info.file, sheet: info.sheet, empty: true };
    this.sheets.push(seen);
    const head: { row: number; cells: Row }[] = [];
    let routed = false;
    const route = () => {
      routed = true;
      const rows: Row[] = [];
      const firstRow = head[0]?.row ?? 1;
      for (const h of head) rows[h.row - firstRow] = h.cells;
      const tables = discoverSheet(
        {
          file: info.file,
          sheet: info.sheet,
          rows: Array.from(rows, (r) => r ?? []),
          firstRow,
          hidden: info.hidden,
        },
        this.overrides,
      );
      this.found.push(...tables);
      this.collector.addTables(tables.filter((t) => t.missing.length === 0));
      for (const h of head) this.collector.push(info.file, info.sheet, h.row, h.cells);
      head.length = 0;
    };
    return {
      row: (rowNumber, cells) => {
        seen.empty = false;
        if (routed) {
          this.collector.push(info.file, info.sheet, rowNumber, cells);
          return;
        }
        head.push({ row: rowNumber, cells });
        if (rowNumber - (head[0]?.row ?? rowNumber) + 1 >= HEAD_ROWS) route();
      },
      end: () => {
        if (!routed) route();
      },
    };
  }

  /** A reader's warning (bad bytes in a CSV, …): listed with the input issues. */
  notice(issue: InputIssue): void {
    this.notices.push(issue);
  }

  /** The verdict once every file has been read. */
  finish(): CheckOutcome {
    const discovery = reviewDiscovery(this.found, this.sheets);
    const errors: InputIssue[] = discovery.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) return { ok: false, issues: [...errors, ...this.notices] };
    const outcome = evaluate(this.collector.finish(), this.policy);
    if (!outcome.ok) return { ok: false, issues: [...outcome.issues, ...this.notices] };
    return {
      ok: true,
      result: {
        ...outcome.result,
        issues: [...this.notices, ...discovery.issues, ...outcome.result.issues],
      },
    };
  }
}
