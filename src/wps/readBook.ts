import type { MappingOverride } from '../core/discovery/types';
import type { Policy } from '../core/policy/types';
import type { CheckOutcome } from '../core/result';
import { startCheck } from '../core/session';
import type { SheetGrid } from '../core/tables';
import type { CheckProgress } from '../taskpane/gateway';
import type { EtWorkbook } from './et';
import { throwIfAborted } from './errors';
import { isInput, listSheets, type SheetInfo } from './inventory';
import { openHeads, readRest } from './read';

/** What the check and 生成评分表 read the workbook with. */
export interface ReadOptions {
  readonly policy: Policy;
  readonly overrides?: readonly MappingOverride[];
  readonly importedSheets?: readonly SheetGrid[];
  readonly onProgress?: (progress: CheckProgress) => void;
  readonly signal?: AbortSignal;
}

/** Every sheet as listed before reading, and the evaluation of the teacher's sheets. */
export interface BookRead {
  readonly sheets: readonly SheetInfo[];
  readonly outcome: CheckOutcome;
}

/**
 * The read both the check and the appraisal start with: heads of every input sheet into one
 * session (discovery), then the rest of each table sheet in blocks of its needed columns, then the
 * verdict. Product sheets (reports, forms) are never read as the teacher's data. Discovery's
 * errors come back as a failed outcome before any data row is read.
 */
export async function readBook(book: EtWorkbook, options: ReadOptions): Promise<BookRead> {
  const { signal, onProgress: progress } = options;
  throwIfAborted(signal);
  progress?.({ phase: 'discover', done: 0, total: 2 });
  const sheets = listSheets(book);
  const session = startCheck(options.policy, options.overrides ?? []);
  const open = await openHeads(session, sheets.filter(isInput), signal);
  for (const g of options.importedSheets ?? [])
    session.addSheet(
      { ...(g.file !== undefined ? { file: g.file } : {}), sheet: g.sheet },
      g.rows,
      g.firstRow ?? 1,
    );
  progress?.({ phase: 'discover', done: 2, total: 2 });
  const review = session.review();
  const errors = review.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { sheets, outcome: { ok: false, issues: errors } };
  progress?.({ phase: 'read', done: 0, total: 0 });
  await readRest(open, review.mappings, {
    ...(signal ? { signal } : {}),
    onBlock: (done, total) => progress?.({ phase: 'read', done, total }),
  });
  throwIfAborted(signal);
  progress?.({ phase: 'compute', done: 0, total: 1 });
  const outcome = session.finish();
  progress?.({ phase: 'compute', done: 1, total: 1 });
  return { sheets, outcome };
}
