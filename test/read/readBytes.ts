import type { Issue } from '../../src/core/issue';
import type { Row } from '../../src/core/cells';
import { zlibInflater } from '../../src/cli/io/node/zlibInflater';
import { InputFileError } from '../../src/read/errors';
import { readInput } from '../../src/read/readInput';
import { memorySource } from '../../src/read/source';

/** What reading one file gave: the sheets and rows, the notices, or the refusal. */
export interface ReadOutcome {
  readonly sheets: { readonly sheet: string; readonly rows: [number, Row][] }[];
  readonly notices: Issue[];
  readonly error: InputFileError | undefined;
}

/** Reads `bytes` as the file `name` through the one reader every host uses (tests only). */
export async function readBytes(bytes: Uint8Array, name: string): Promise<ReadOutcome> {
  const sheets: ReadOutcome['sheets'] = [];
  const notices: Issue[] = [];
  let error: InputFileError | undefined;
  try {
    await readInput(
      memorySource(bytes),
      name,
      {
        beginSheet(info) {
          const rows: [number, Row][] = [];
          sheets.push({ sheet: info.sheet, rows });
          return { row: (n, cells) => rows.push([n, cells]), end: () => undefined };
        },
        notice: (issue) => notices.push(issue),
      },
      { inflater: zlibInflater },
    );
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    error = e;
  }
  return { sheets, notices, error };
}
