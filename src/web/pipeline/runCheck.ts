import type { MappingOverride } from '../../core/discovery/types';
import type { Lang } from '../../core/messages';
import type { Policy } from '../../core/policy/types';
import type { CheckOutcome } from '../../core/result';
import type { FileBytes, ImportFailure, ImportedFile } from '../../taskpane/importer/types';
import { readPicked } from '../readPicked';
import { checkPicked } from './checkPicked';

export interface CheckRequest {
  readonly policy: Policy;
  readonly overrides: readonly MappingOverride[];
  readonly lang: Lang;
}

/** A picked set of files: some could not be read (nothing is checked then), or the check's outcome. */
export type PageCheck =
  | { readonly status: 'unreadable'; readonly failures: readonly ImportFailure[] }
  | { readonly status: 'done'; readonly outcome: CheckOutcome };

/**
 * The page's check from bytes to outcome. A file that cannot be read stops the check, as it stops
 * the command line: checking the rest would pass members on data the teacher meant to give.
 * `onFile` hears each file read (for progress).
 */
export async function runCheck(
  files: readonly FileBytes[],
  request: CheckRequest,
  onFile: (done: number) => void = () => undefined,
): Promise<PageCheck> {
  const read: ImportedFile[] = [];
  const failures: ImportFailure[] = [];
  for (const file of files) {
    const [result] = await readPicked([file]);
    if (result?.ok) read.push(result.file);
    else if (result) failures.push(result.failure);
    onFile(read.length + failures.length);
  }
  if (failures.length > 0) return { status: 'unreadable', failures };
  return { status: 'done', outcome: checkPicked(read, request.policy, request.overrides) };
}
