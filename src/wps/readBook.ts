import type { MappingOverride } from '../core/discovery/types';
import type { Policy } from '../core/policy/types';
import type { CheckOutcome } from '../core/result';
import { startCheck } from '../core/session';
import { failureIssue, streamRest } from '../taskpane/importer/streamRest';
import type { HeldImport } from '../taskpane/importer/types';
import type { SheetFeed } from '../core/session';
import type { CheckProgress } from '../taskpane/gateway';
import type { EtWorkbook } from './et';
import { throwIfAborted } from './errors';
import { isInput, listSheets, type SheetInfo } from './inventory';
import { openHeads, readRest } from './read';
import { sheetKey } from '../core/pipeline/sheetKey';

/** What the check and 生成评分表 read the workbook with. */
export interface ReadOptions {
  readonly policy: Policy;
  readonly overrides?: readonly MappingOverride[];
  /** Grade files imported in the pane: heads for discovery, the rest read from the File. */
  readonly imported?: readonly HeldImport[];
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
  const importedFeeds = new Map<string, SheetFeed>();
  for (const g of (options.imported ?? []).flatMap((held) => held.heads)) {
    const feed = session.sheet({
      ...(g.file !== undefined ? { file: g.file } : {}),
      sheet: g.sheet,
      // An imported CSV or HTML export holds displayed text: IDs there may have lost digits.
      ...(g.displayed ? { displayed: true } : {}),
    });
    feed.rows(g.firstRow ?? 1, g.rows);
    feed.tables(); // discovered now, so the review below sees the imported tables
    importedFeeds.set(sheetKey(g.file, g.sheet), feed);
  }
  progress?.({ phase: 'discover', done: 2, total: 2 });
  const review = session.review();
  const errors = review.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { sheets, outcome: { ok: false, issues: errors } };
  progress?.({ phase: 'read', done: 0, total: 0 });
  await readRest(open, review.mappings, {
    ...(signal ? { signal } : {}),
    onBlock: (done, total) => progress?.({ phase: 'read', done, total }),
  });
  for (const held of options.imported ?? []) {
    throwIfAborted(signal);
    const failure = await streamRest(
      held,
      (info) => {
        const key = sheetKey(info.file, info.sheet);
        const feed = importedFeeds.get(key) ?? session.sheet(info);
        importedFeeds.set(key, feed);
        return feed;
      },
      { onProgress: (done, total) => progress?.({ phase: 'read', done, total }) },
    );
    if (failure) return { sheets, outcome: { ok: false, issues: [failureIssue(failure)] } };
  }
  for (const feed of importedFeeds.values()) feed.end();
  throwIfAborted(signal);
  progress?.({ phase: 'compute', done: 0, total: 1 });
  const outcome = session.finish();
  progress?.({ phase: 'compute', done: 1, total: 1 });
  return { sheets, outcome };
}
