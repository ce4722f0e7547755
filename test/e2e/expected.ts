/** What the core says about the fixture workbook, computed in Node from the same cells the page gets. */
import { summarize } from '../../src/core/summary';
import type { Finding } from '../../src/core/findings';
import { columnLetter } from '../../src/core/cells';
import { t } from '../../src/core/messages';
import { checkSheets } from '../../src/core/pipeline';
import { parsePolicy } from '../../src/core/policy/serialize';
import type { CheckResult } from '../../src/core/result';
import type { SheetGrid } from '../../src/core/tables';
import { refKey } from '../../src/taskpane/findings/location';
import { DoubleWorkbook } from '../excel-double';
import { sheetSpecs, type FixtureSheet } from './sheetSpecs';

/** A fixture workbook in the double, as the page builds it. */
export function doubleOf(fixture: readonly FixtureSheet[]): DoubleWorkbook {
  const { specs, errors } = sheetSpecs(fixture);
  const double = DoubleWorkbook.fromSheets(specs);
  for (const e of errors) {
    double.setCell(e.sheet, `${columnLetter(e.col)}${e.row}`, { value: e.text, error: true });
  }
  return double;
}

/** One finding as the pane shows it and as the core reports it: comparable strings. */
export function findingKey(f: {
  code: string;
  severity: string;
  subject: string;
  ref: string;
  message: string;
}): string {
  return [f.code, f.severity, f.subject, f.ref, f.message].join(' | ');
}

/** The core's check of the fixture (and of imported files, if any) with the given policy file. */
export function expectedResult(
  fixture: readonly FixtureSheet[],
  policyJson: string,
  imported: readonly SheetGrid[] = [],
): CheckResult {
  const parsed = parsePolicy(policyJson);
  if (!parsed.ok) throw new Error(`sample policy is invalid: ${JSON.stringify(parsed.issues)}`);
  const outcome = checkSheets([...doubleOf(fixture).grids(), ...imported], parsed.value);
  if (!outcome.ok)
    throw new Error(`sample workbook does not check: ${JSON.stringify(outcome.issues)}`);
  return outcome.value;
}

/** The core's findings as the keys the page's finding elements give. */
export function expectedFindingKeys(result: CheckResult): string[] {
  // What the pane and the report list: the core summary's order, where a note (the freshman
  // exemption) is not a finding row.
  return summarize(result)
    .findingOrder.map((i) => result.findings[i])
    .filter(
      (f): f is Finding => f !== undefined && !(f.code === 'freshman' && f.severity === 'info'),
    )
    .map((f) =>
      findingKey({
        code: f.code,
        severity: f.severity,
        subject:
          f.subject.kind === 'member'
            ? `member:${f.subject.studentId}`
            : f.subject.kind === 'department'
              ? `department:${f.subject.department}`
              : 'union',
        ref: refKey(f.ref),
        message: t(f.messageKey, 'zh', f.evidence),
      }),
    )
    .sort();
}
