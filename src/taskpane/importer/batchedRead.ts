import type { Issue } from '../../core/issue';
import type { CellValue, Row } from '../../core/cells';
import type { SheetGrid } from '../../core/tables';
import type { ReadOptions } from '../../read/progress';
import type { WorkbookVisitor } from '../../read/visitor';
import { streamPicked } from './readImport';
import type { ImportProgress, ImportResult, PickedFile } from './types';

/**
 * Rows per message from the import worker: the pane's thread takes each message in one task
 * (structured clone, then sharing its texts), so a batch must stay far below the 200 ms a
 * teacher notices: at 10,000 rows of a grade export that task reached 150 ms on a busy 2-core
 * machine; half as many keep it under 100 ms.
 */
export const ROWS_PER_BATCH = 5_000;
/** Progress is told at most this often: each message is a redraw on the pane's thread. */
const PROGRESS_EVERY_MS = 100;

/** What the import worker posts while it reads: progress, rows, and at the end the files. */
export type BatchMessage =
  | { readonly kind: 'progress'; readonly progress: ImportProgress }
  /** The next rows of sheet `sheet` of file `file`, dense from where the last batch ended. */
  | { readonly kind: 'rows'; readonly file: number; readonly sheet: number; readonly rows: Row[] }
  /** Every file's result; a sheet's `rows` are empty here: they came before, as batches. */
  | { readonly kind: 'done'; readonly results: readonly ImportResult[] };

/**
 * Reads the picked files one after the other, sending each sheet's rows on in batches as they are
 * read instead of keeping them: the worker holds one batch at a time, and the pane's thread never
 * takes a whole workbook in one message. With `keepRows`, only each sheet's rows up to that row
 * are sent (the heads a check discovers tables from); the rest are read, checked and counted. Rows are laid out as `sheetCollector` lays them out
 * (`rows[n - 1]` is Excel row n), so the pane ends with the same sheets as `readImport` gives.
 */
export async function readBatched(
  files: readonly PickedFile[],
  post: (message: BatchMessage) => void,
  options: Pick<ReadOptions, 'inflater'> & { readonly keepRows?: number } = {},
): Promise<void> {
  const keepRows = options.keepRows ?? Infinity;
  const total = files.reduce((sum, f) => sum + f.blob.size, 0);
  let rowsRead = 0;
  let told = 0;
  const tell = (done: number, force = false) => {
    const now = Date.now();
    if (!force && now - told < PROGRESS_EVERY_MS) return;
    told = now;
    post({ kind: 'progress', progress: { done, total, rows: rowsRead } });
  };
  const results: ImportResult[] = [];
  let before = 0;
  tell(0, true);
  for (const [fileIndex, file] of files.entries()) {
    const sheets: SheetGrid[] = [];
    const notices: Issue[] = [];
    let rows = 0;
    const visitor: WorkbookVisitor = {
      beginSheet(info) {
        const sheet = sheets.length;
        let pending: Row[] = [];
        let length = 0;
        const flush = () => {
          if (pending.length === 0) return;
          post({ kind: 'rows', file: fileIndex, sheet, rows: pending });
          pending = [];
        };
        const add = (cells: Row) => {
          pending.push(cells);
          length++;
          if (pending.length >= ROWS_PER_BATCH) flush();
        };
        return {
          row(rowNumber, cells) {
            rowsRead++;
            // Past `keepRows` a row is read (the whole file is checked) and counted, not sent.
            if (rowNumber > keepRows) length = rowNumber;
            else {
              while (length < rowNumber - 1) add([]);
              add(cells);
            }
          },
          end() {
            flush();
            rows += length;
            sheets.push({
              file: info.file,
              sheet: info.sheet,
              rows: [],
              firstRow: 1,
              hidden: info.hidden,
              // A CSV or HTML export holds displayed text: the check watches its IDs for lost digits.
              ...(info.displayed ? { displayed: true } : {}),
            });
          },
        };
      },
      notice: (issue) => notices.push(issue),
    };
    const at = before;
    const failure = await streamPicked(file, visitor, {
      ...(options.inflater ? { inflater: options.inflater } : {}),
      onProgress: (read) => tell(at + read),
    });
    results.push(
      failure
        ? { ok: false, failure }
        : { ok: true, file: { name: file.name, sheets, rows, notices } },
    );
    before += file.blob.size;
    tell(before, true);
  }
  post({ kind: 'done', results });
}

/** Strings kept for sharing, at most: enough for every name, course and 学号 of a university. */
const MAX_SHARED_STRINGS = 500_000;

/**
 * The pane's side: takes the batches in order and gives the files with their rows. Every batch
 * arrives with its own copy of each text (a structured clone shares nothing), so equal texts are
 * made one string again here: a million rows of a grade export repeat a few thousand courses and
 * names, and twelve million separate copies would not fit in the pane's memory.
 */
export class BatchAssembler {
  private readonly grids = new Map<string, Row[]>();
  private readonly shared = new Map<string, string>();

  /** One batch of rows, in the order the worker sent them. */
  add(file: number, sheet: number, rows: readonly Row[]): void {
    const key = `${file}:${sheet}`;
    let grid = this.grids.get(key);
    if (!grid) this.grids.set(key, (grid = []));
    for (const row of rows) {
      // The batch is this thread's own fresh copy (a structured clone), so it may be changed.
      const cells = row as CellValue[];
      for (let i = 0; i < cells.length; i++) {
        const value = cells[i];
        if (typeof value !== 'string') continue;
        const same = this.shared.get(value);
        if (same !== undefined) cells[i] = same;
        else if (this.shared.size < MAX_SHARED_STRINGS) this.shared.set(value, value);
      }
      grid.push(cells);
    }
  }

  /** The worker's results with each sheet's rows put back; the assembler is spent afterwards. */
  finish(results: readonly ImportResult[]): ImportResult[] {
    const done = results.map((result, file): ImportResult => {
      if (!result.ok) return result;
      const sheets = result.file.sheets.map((grid, sheet) => ({
        ...grid,
        rows: this.grids.get(`${file}:${sheet}`) ?? [],
      }));
      return { ok: true, file: { ...result.file, sheets } };
    });
    this.grids.clear();
    this.shared.clear();
    return done;
  }
}
