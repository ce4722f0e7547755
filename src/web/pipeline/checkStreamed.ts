import type { MappingOverride } from '../../core/discovery/types';
import type { Policy } from '../../core/policy/types';
import type { CheckOutcome } from '../../core/result';
import { startCheck } from '../../core/session';
import type { WorkbookVisitor } from '../../read/visitor';
import type { CheckProgress } from '../../taskpane/gateway';
import { streamPicked } from '../../taskpane/importer/readImport';
import type { ImportFailure, PickedFile } from '../../taskpane/importer/types';

/** Progress is told at most this often: each message is a redraw on the page's thread. */
const PROGRESS_EVERY_MS = 100;

export type StreamedCheck =
  | { readonly ok: true; readonly outcome: CheckOutcome }
  | { readonly ok: false; readonly failures: readonly ImportFailure[] };

/**
 * Checks the picked files as `checkFiles` does for the command line: each file is read straight
 * into one check session, so rows pass through and are not kept (a million-row export never sits
 * in the worker's memory). Progress is the bytes read out of all the files' size, with the rows
 * read so far. A file that cannot be read stops the job, as it stops the command line; the rest
 * are still read so that every such file is named at once.
 */
export async function checkStreamed(
  files: readonly PickedFile[],
  policy: Policy,
  overrides: readonly MappingOverride[],
  progress: (progress: CheckProgress) => void,
): Promise<StreamedCheck> {
  const session = startCheck(policy, overrides);
  const total = files.reduce((sum, f) => sum + f.blob.size, 0);
  let rows = 0;
  let told = 0;
  const tell = (done: number, force = false) => {
    const now = Date.now();
    if (!force && now - told < PROGRESS_EVERY_MS) return;
    told = now;
    progress({ phase: 'read', done, total, rows });
  };
  const visitor: WorkbookVisitor = {
    beginSheet(info) {
      const feed = session.sheet(info);
      return {
        row(rowNumber, cells) {
          rows++;
          feed.row(rowNumber, cells);
        },
        end: () => feed.end(),
      };
    },
    notice: (issue) => session.notice(issue),
  };
  const failures: ImportFailure[] = [];
  let before = 0;
  tell(0, true);
  for (const file of files) {
    const at = before;
    const failure = await streamPicked(file, visitor, { onProgress: (read) => tell(at + read) });
    if (failure) failures.push(failure);
    before += file.blob.size;
    tell(before, true);
  }
  if (failures.length > 0) return { ok: false, failures };
  progress({ phase: 'compute', done: 0, total: 0 });
  return { ok: true, outcome: session.finish() };
}
