import type { MappingOverride } from '../../core/discovery/types';
import type { Policy } from '../../core/policy/types';
import type { CheckOutcome } from '../../core/result';
import { readInputFile } from '../io/readInput';
import { StreamingCheck } from './streamCheck';

/**
 * Checks one or more input files together: the roster, grade exports, a discipline sheet may each come
 * in their own file; the tables are found across all of them. Files are only ever read.
 * Throws InputFileError for a file that cannot be read at all.
 */
export async function checkFiles(
  paths: readonly string[],
  policy: Policy,
  overrides: readonly MappingOverride[] = [],
): Promise<CheckOutcome> {
  const check = new StreamingCheck(policy, overrides);
  for (const path of paths) await readInputFile(path, check);
  return check.finish();
}
