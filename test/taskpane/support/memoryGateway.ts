import type { RowRef } from '../../../src/core/cells';
import { wholeSheets } from './heldImport';
import { discoverTables } from '../../../src/core/discovery';
import { rowCells } from '../../../src/core/discovery/rowShape';
import { checkSheets } from '../../../src/core/pipeline';
import type { SheetGrid } from '../../../src/core/tables';
import type {
  CheckAnswer,
  CheckOptions,
  Detection,
  PaneGateway,
  StoredSettings,
} from '../../../src/taskpane/gateway';

function abortError(): Error {
  const error = new Error('aborted');
  error.name = 'AbortError';
  return error;
}

/**
 * A gateway over sheets in memory that runs the real core: what the pane tests drive. It reports
 * progress row by row block, can be held mid-read (`hold`) to test cancel and double clicks, and
 * records what the pane asked of it.
 */
export class MemoryGateway implements PaneGateway {
  checks: CheckOptions[] = [];
  selected: RowRef[] = [];
  inserted: SheetGrid[][] = [];
  saved: StoredSettings[] = [];
  marks = 0;
  private release: (() => void) | undefined;
  private held: Promise<void> | undefined;

  constructor(
    public sheets: SheetGrid[],
    public stored: StoredSettings = {},
  ) {}

  /** Makes the next check stop after its first progress report until `resume()`. */
  hold(): void {
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  resume(): void {
    this.release?.();
    this.held = undefined;
  }

  async check(options: CheckOptions): Promise<CheckAnswer> {
    this.checks.push(options);
    const all = [...this.sheets, ...(await wholeSheets(options.imported ?? []))];
    const total = all.reduce((n, s) => n + s.rows.length, 0);
    options.onProgress?.({ phase: 'read', done: 0, total });
    if (this.held) await this.held;
    if (options.signal?.aborted) throw abortError();
    options.onProgress?.({ phase: 'compute', done: total, total });
    const outcome = checkSheets(all, options.policy, options.overrides ?? []);
    if (!outcome.ok) return outcome;
    this.marks = outcome.value.members.filter((m) => m.status !== 'eligible').length;
    return { ...outcome, written: { reportSheet: '检查报告' } };
  }

  clearMarks(): Promise<{ removed: number }> {
    const removed = this.marks;
    this.marks = 0;
    return Promise.resolve({ removed });
  }

  selectRow(ref: RowRef): Promise<void> {
    this.selected.push(ref);
    return Promise.resolve();
  }

  detect(): Promise<Detection> {
    return Promise.resolve({
      mappings: this.sheets.flatMap((s) => discoverTables(s)),
      sheets: this.sheets.map((s) => ({ name: s.sheet, headers: rowCells(s.rows[0]) })),
    });
  }

  loadSettings(): Promise<StoredSettings> {
    return Promise.resolve(this.stored);
  }

  saveSettings(settings: StoredSettings): Promise<void> {
    this.saved.push(settings);
    this.stored = settings;
    return Promise.resolve();
  }

  insertSheets(sheets: SheetGrid[]): Promise<string[]> {
    this.inserted.push(sheets);
    this.sheets = [...this.sheets, ...sheets];
    return Promise.resolve(sheets.map((s) => s.sheet));
  }
}
