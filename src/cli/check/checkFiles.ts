import { stat } from 'node:fs/promises';
import type { MappingOverride } from '../../core/discovery/types';
import type { Policy } from '../../core/policy/types';
import type { CheckOutcome } from '../../core/result';
import type { ReadOptions } from '../../read/progress';
import { startCheck } from '../../core/session';
import { readInputFile } from '../io/readInput';
import { distinctFiles } from '../io/distinctFiles';

/** Sizes of the inputs; one that cannot be read counts 0 here and is reported when it is read. */
async function sizesOf(paths: readonly string[]): Promise<number[]> {
  return Promise.all(
    paths.map((path) =>
      stat(path).then(
        (info) => (info.isFile() ? info.size : 0),
        () => 0,
      ),
    ),
  );
}

/**
 * Checks one or more input files together: the roster, grade exports, a discipline sheet may each come
 * in their own file; the tables are found across all of them. Files are only ever read.
 * `options.onProgress` hears the bytes read so far out of all the files' total size.
 * Throws InputFileError for a file that cannot be read at all.
 */
export async function checkFiles(
  given: readonly string[],
  policy: Policy,
  overrides: readonly MappingOverride[] = [],
  options: ReadOptions = {},
): Promise<CheckOutcome> {
  const session = startCheck(policy, overrides);
  const { paths, notices } = await distinctFiles(given);
  for (const notice of notices) session.notice(notice);
  const visitor = {
    beginSheet: session.sheet.bind(session),
    notice: session.notice.bind(session),
  };
  const { onProgress } = options;
  const sizes = onProgress ? await sizesOf(paths) : [];
  const total = sizes.reduce((a, b) => a + b, 0);
  let before = 0;
  for (const [i, path] of paths.entries()) {
    const done = before;
    await readInputFile(
      path,
      visitor,
      onProgress ? { onProgress: (read) => onProgress(done + read, total) } : {},
    );
    before += sizes[i] ?? 0;
  }
  return session.finish();
}
