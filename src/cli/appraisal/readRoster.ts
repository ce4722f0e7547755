import type { Row } from '../../core/cells';
import type { InputIssue } from '../../core/findings';
import {
  Collector,
  discoverSheet,
  evaluate,
  HEAD_ROWS,
  reviewDiscovery,
} from '../../core/pipeline';
import type { SheetSeen } from '../../core/pipeline/discover';
import type { Policy } from '../../core/policy/types';
import type { AttendanceRecord } from '../../core/records';
import type { CheckOutcome } from '../../core/result';
import type { TableMapping } from '../../core/tables';
import { readInputFile } from '../io/readInput';
import type { SheetInfo, SheetRowSink, WorkbookVisitor } from '../io/visitor';

/**
 * The check pipeline as the `check` command streams it (cli/check/streamCheck.ts), but keeping the
 * collector's attendance rows, which the appraisal needs for the 纪律作风 suggestion.
 */
class AppraisalStream implements WorkbookVisitor {
  private readonly collector: Collector;
  private readonly found: TableMapping[] = [];
  private readonly sheets: SheetSeen[] = [];

  constructor(private readonly policy: Policy) {
    this.collector = new Collector(policy);
  }

  beginSheet(info: SheetInfo): SheetRowSink {
    const seen = { file: info.file, sheet: info.sheet, empty: true };
    this.sheets.push(seen);
    const head: { row: number; cells: Row }[] = [];
    let routed = false;
    const route = () => {
      routed = true;
      const firstRow = head[0]?.row ?? 1;
      const rows: Row[] = [];
      for (const h of head) rows[h.row - firstRow] = h.cells;
      const grid = {
        file: info.file,
        sheet: info.sheet,
        rows: Array.from(rows, (r) => r ?? []),
        firstRow,
        hidden: info.hidden,
      };
      const tables = discoverSheet(grid);
      this.found.push(...tables);
      this.collector.addTables(tables.filter((t) => t.missing.length === 0));
      for (const h of head) this.collector.push(info.file, info.sheet, h.row, h.cells);
      head.length = 0;
    };
    return {
      row: (rowNumber, cells) => {
        seen.empty = false;
        if (routed) return this.collector.push(info.file, info.sheet, rowNumber, cells);
        head.push({ row: rowNumber, cells });
        if (rowNumber - (head[0]?.row ?? rowNumber) + 1 >= HEAD_ROWS) route();
      },
      end: () => {
        if (!routed) route();
      },
    };
  }

  finish(): { outcome: CheckOutcome; attendance: readonly AttendanceRecord[] } {
    const discovery = reviewDiscovery(this.found, this.sheets);
    const errors: InputIssue[] = discovery.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) return { outcome: { ok: false, issues: errors }, attendance: [] };
    const collected = this.collector.finish();
    return { outcome: evaluate(collected, this.policy), attendance: collected.attendance };
  }
}

/** Reads the teacher's workbooks (only ever read) and runs the check the appraisal builds on. */
export async function readRoster(paths: readonly string[], policy: Policy) {
  const stream = new AppraisalStream(policy);
  for (const path of paths) await readInputFile(path, stream);
  return stream.finish();
}
