import type { Policy } from '../../core/policy/types';
import type { AttendanceRecord } from '../../core/records';
import type { CheckOutcome } from '../../core/result';
import { checkFiles } from '../check/checkFiles';

/** The roster, academic records and attendance of the input files, read as the `check` command reads them. */
export async function readRoster(
  paths: readonly string[],
  policy: Policy,
): Promise<{ outcome: CheckOutcome; attendance: readonly AttendanceRecord[] }> {
  const outcome = await checkFiles(paths, policy);
  return { outcome, attendance: outcome.ok ? outcome.result.attendance : [] };
}
