import type { CheckResult } from '../../core/result';
import { departmentsInViolation } from '../../core/report/departmentSheet';

export interface Counts {
  readonly checked: number;
  readonly eligible: number;
  readonly ineligible: number;
  readonly pending: number;
  readonly departmentsOverLimit: number;
  readonly unionViolations: number;
  /** Violations and 待核实 findings: what makes the exit code 1. */
  readonly findings: number;
}

/** The headline numbers of a check, shared by the terminal summary and the JSON. */
export function countFindings(result: CheckResult): Counts {
  const by = (s: string) => result.members.filter((m) => m.status === s).length;
  return {
    checked: result.members.length,
    eligible: by('eligible'),
    ineligible: by('ineligible'),
    pending: by('pending'),
    departmentsOverLimit: departmentsInViolation(result).size,
    unionViolations: result.findings.filter(
      (f) => f.subject.kind === 'union' && f.severity === 'violation',
    ).length,
    findings: result.findings.filter((f) => f.severity !== 'info').length,
  };
}
