import type { Row } from '../cells';
import type { MappingOverride } from '../discovery/types';
import { Collector, type CollectorOptions } from '../pipeline/collector';
import {
  discoverSheet,
  reviewDiscovery,
  type Discovery,
  type SheetSeen,
} from '../pipeline/discover';
import { evaluate } from '../pipeline/evaluate';
import type { Policy } from '../policy/types';
import type { CheckOutcome } from '../result';
import type { TableMapping } from '../tables';
import { sheetFeed, type SheetFeed, type SheetInfo } from './sheetFeed';
import type { Issue } from '../issue';

/**
 * One check, the same for every host: start it with the policy and the teacher's column mapping,
 * open each sheet and give it rows (its tables are found from its first rows), then finish. The
 * outcome carries discovery's notes before the engine's own, whichever host read the rows.
 */
export class CheckSession {
  private readonly collector: Collector;
  private readonly found: TableMapping[] = [];
  private readonly sheets: SheetSeen[] = [];
  private readonly notices: Issue[] = [];

  constructor(
    private readonly policy: Policy,
    private readonly overrides: readonly MappingOverride[] = [],
    options: CollectorOptions = {},
  ) {
    this.collector = new Collector(policy, [], options);
  }

  /** Opens a sheet; see SheetFeed. */
  sheet(info: SheetInfo): SheetFeed {
    const seen: { file?: string; sheet: string; empty: boolean } = {
      ...(info.file !== undefined ? { file: info.file } : {}),
      sheet: info.sheet,
      empty: true,
    };
    this.sheets.push(seen);
    return sheetFeed(info, {
      discover: (i, rows, firstRow) => this.discover(i, rows, firstRow),
      push: (i, n, cells) => this.collector.push(i.file, i.sheet, n, cells),
      seeing: (cells) => {
        if (cells.some((c) => c !== null && c !== undefined && c !== '')) seen.empty = false;
        return seen.empty;
      },
    });
  }

  /** A whole sheet already in memory (`rows[i]` is row `firstRow + i`). */
  addSheet(info: SheetInfo, rows: readonly Row[], firstRow = 1): void {
    const feed = this.sheet(info);
    feed.rows(firstRow, rows);
    feed.end();
  }

  /** A reader's warning about a file (bad bytes in a CSV, text read from an .xls name, …). */
  notice(issue: Issue): void {
    this.notices.push(issue);
  }

  /**
   * What discovery made of the sheets opened so far: the tables the check reads, everything found
   * (for a column-mapping screen), and the notes; an `error` note means the check cannot run, so a
   * host that found the heads first may stop before reading the rest.
   */
  review(): Discovery {
    return reviewDiscovery(this.found, this.sheets);
  }

  /**
   * The verdict once every sheet has been given; the session is spent afterwards. Notes come in
   * the order a teacher reads the cause: the readers' about files, discovery's about tables, then
   * the engine's about rows. A refusal keeps the readers' notes too, as they may explain it.
   */
  finish(): CheckOutcome {
    const discovery = this.review();
    const errors: Issue[] = discovery.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) return { ok: false, issues: [...errors, ...this.notices] };
    const outcome = evaluate(this.collector.finish(), this.policy, this.sheets);
    if (!outcome.ok) return { ok: false, issues: [...outcome.issues, ...this.notices] };
    return {
      ok: true,
      value: {
        ...outcome.value,
        issues: [...this.notices, ...discovery.issues, ...outcome.value.issues],
      },
    };
  }

  private discover(info: SheetInfo, rows: readonly Row[], firstRow: number): TableMapping[] {
    const found = discoverSheet(
      {
        ...(info.file !== undefined ? { file: info.file } : {}),
        sheet: info.sheet,
        rows,
        firstRow,
        ...(info.hidden !== undefined ? { hidden: info.hidden } : {}),
      },
      this.overrides,
    );
    const tables = info.displayed ? found.map((t) => ({ ...t, displayed: true })) : found;
    this.found.push(...tables);
    this.collector.addTables(tables.filter((t) => t.missing.length === 0));
    return tables;
  }
}

/** Starts a check; `options` say how the workbook's cells read (its date system). */
export function startCheck(
  policy: Policy,
  overrides: readonly MappingOverride[] = [],
  options: CollectorOptions = {},
): CheckSession {
  return new CheckSession(policy, overrides, options);
}
