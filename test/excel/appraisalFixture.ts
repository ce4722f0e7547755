/** The sample workbook in the double, and settings and form positions for the appraisal tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSettings, type SettingsChoice } from '../../src/core/appraisal/settings';
import { NATIONAL_TEMPLATE } from '../../src/core/appraisal/templates';
import type { AppraisalSettings } from '../../src/core/appraisal/types';
import { parsePolicy } from '../../src/core/policy/serialize';
import type { Policy } from '../../src/core/policy/types';
import type { DoubleWorkbook } from '../excel-double';
import { loadDoubleFromXlsx } from '../excel-double/fromXlsx';

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
export const SAMPLE = join(SAMPLES, '学生会名单与成绩.xlsx');

/** The sample's policy file, as the e2e stores it. */
export function samplePolicy(): Policy {
  const parsed = parsePolicy(readFileSync(join(SAMPLES, 'policy.json'), 'utf8'));
  if (!parsed.ok) throw new Error('sample policy must parse');
  return parsed.value;
}

/** The sample workbook, freshly loaded into the double. */
export function sampleDouble(): Promise<DoubleWorkbook> {
  return loadDoubleFromXlsx(SAMPLE);
}

/** Valid settings from a choice (national template unless given). */
export function settingsOf(choice: Partial<SettingsChoice> = {}): AppraisalSettings {
  const parsed = resolveSettings({ template: NATIONAL_TEMPLATE, ...choice }, 'zh');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** A generated form in the double: its header row, member rows (by Excel row) and score columns. */
export interface FormPlace {
  readonly headerRow: number;
  readonly rows: readonly number[];
  /** Column letters of the dimensions, first to last. */
  readonly dims: readonly string[];
}

/** Finds a form's table by its 学号 header in column B; members run until the first blank name. */
export function formPlace(double: DoubleWorkbook, sheet: string, dimensions: number): FormPlace {
  const cells = double.snapshot().sheets.find((s) => s.name === sheet)?.cells ?? {};
  const value = (address: string) => cells[address]?.value;
  let headerRow = 1;
  while (value(`B${headerRow}`) !== '学号') {
    headerRow++;
    if (headerRow > 60) throw new Error(`no form header on ${sheet}`);
  }
  const rows: number[] = [];
  for (let r = headerRow + 1; typeof value(`A${r}`) === 'string' && value(`A${r}`) !== ''; r++)
    rows.push(r);
  const dims = Array.from({ length: dimensions }, (_x, i) => String.fromCharCode(69 + i));
  return { headerRow, rows, dims };
}
