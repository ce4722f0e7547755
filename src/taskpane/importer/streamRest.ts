import type { Row } from '../../core/cells';
import type { Issue } from '../../core/issue';
import type { SheetFeed, SheetInfo } from '../../core/session';
import type { ReadOptions } from '../../read/progress';
import { streamPicked } from './readImport';
import type { HeldImport, ImportFailure } from './types';
import { sheetKey } from '../../core/pipeline/sheetKey';

/** Where the rows of one sheet go, or undefined for a sheet the heads did not open. */
export type FeedOf = (info: SheetInfo) => Pick<SheetFeed, 'row'> | undefined;

// What a browser throws when a picked File changed on disk, or is gone, since it was picked.
const FILE_GONE = new Set(['NotReadableError', 'NotFoundError']);

function fileGone(error: unknown): boolean {
  return error instanceof Error && FILE_GONE.has(error.name);
}

/**
 * Reads an imported file again where the check runs and gives each sheet's rows after its head
 * (`held.headRows`) to the feed its head opened; a sheet no head opened is passed whole to the
 * feed `feedOf` gives for it. Nothing is kept: a million rows stream through. A file that can no
 * longer be read comes back as a failure naming it.
 */
export async function streamRest(
  held: HeldImport,
  feedOf: FeedOf,
  options: ReadOptions = {},
): Promise<ImportFailure | undefined> {
  const headed = new Set(held.heads.map((h) => sheetKey(h.file, h.sheet)));
  try {
    return await streamPicked(
      held.picked,
      {
        beginSheet(info) {
          const feed = feedOf(info);
          if (!feed) return null;
          const after = headed.has(sheetKey(info.file, info.sheet)) ? held.headRows : 0;
          return {
            row: (rowNumber: number, cells: Row) => {
              if (rowNumber > after) feed.row(rowNumber, cells);
            },
            end: () => undefined,
          };
        },
      },
      options,
    );
  } catch (error) {
    if (!fileGone(error)) throw error;
    return {
      name: held.picked.name,
      messageKey: 'io.changedSinceImport',
      params: { file: held.picked.name },
    };
  }
}

/** A failure to read an imported file, as the check's refusal. */
export function failureIssue(failure: ImportFailure): Issue {
  return { severity: 'error', messageKey: failure.messageKey, params: { ...failure.params } };
}
