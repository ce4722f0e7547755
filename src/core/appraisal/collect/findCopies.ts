import { t } from '../../messages';
import type { SheetGrid } from '../../tables';
import { readFormMark } from '../generation';
import { readStoredConfig } from '../storedConfig';
import type { StoredConfig, StoredForm } from '../storedConfig';
import type { AppraisalTemplate } from '../types';
import { findFormColumns, SCAN_ROWS } from './formColumns';
import { groupLabelOf } from './groupLabel';
import { readCopy } from './readCopy';
import type { FormCopy } from './readCopy';
import type { Issue } from '../../issue';

/** A workbook a scorer filled in: its file name (as the teacher knows it) and its sheets. */
export interface FilledWorkbook {
  readonly file: string;
  readonly sheets: readonly SheetGrid[];
}

/**
 * A copy nobody typed into: every dimension without evidence is blank (suggested scores alone do
 * not make a copy filled). Scorers often return the whole workbook with other groups' forms empty.
 */
function isUntouched(copy: FormCopy, template: AppraisalTemplate): boolean {
  const typed = template.dimensions.some((d) => !d.evidence)
    ? template.dimensions.map((d) => !d.evidence)
    : template.dimensions.map(() => true);
  return copy.rows.every((row) =>
    row.scores.every((score, dim) => !typed[dim] || score.kind === 'missing'),
  );
}

/** The product's own sheets that are not forms: summary, evidence, pools and problems of a collect. */
function isProductSheet(name: string, config: StoredConfig): boolean {
  if (name === config.summarySheet) return true;
  const prefixes = (['evidence', 'pool', 'issues', 'summary'] as const).flatMap((key) =>
    (['zh', 'en'] as const).map((lang) => t(`appraisal.sheet.${key}`, lang)),
  );
  return prefixes.some((p) => name.startsWith(p));
}

/** Whether a file's own settings come from another generation than the forms being collected. */
function otherGeneration(file: FilledWorkbook, config: StoredConfig): boolean {
  for (const sheet of file.sheets) {
    const own = readStoredConfig(sheet);
    if (own?.ok) return (own.value.generation ?? '') !== (config.generation ?? '');
  }
  return false;
}

type SheetVerdict =
  | { readonly kind: 'copy'; readonly copy: FormCopy; readonly issues: Issue[] }
  | { readonly kind: 'untouched' }
  | { readonly kind: 'refused'; readonly issue: Issue }
  | { readonly kind: 'ours' }
  | { readonly kind: 'stray' };

/** Which stored form a sheet is: by the hidden marker the product wrote, else by its name. */
function storedFormOf(
  grid: SheetGrid,
  config: StoredConfig,
): { form: StoredForm | undefined; marked: boolean; foreign: boolean } {
  const mark = readFormMark(grid.rows, SCAN_ROWS);
  if (mark && mark.generation !== (config.generation ?? ''))
    return { form: undefined, marked: true, foreign: true };
  const name = mark ? mark.sheet : grid.sheet;
  return {
    form: config.forms.find((f) => f.sheet === name),
    marked: mark !== undefined,
    foreign: false,
  };
}

function judgeSheet(file: string, grid: SheetGrid, config: StoredConfig): SheetVerdict {
  const { template, groups } = config.settings;
  if (readStoredConfig(grid)) return { kind: 'ours' };
  const where = { file, sheet: grid.sheet };
  const warn = (
    messageKey: Issue['messageKey'],
    params: Issue['params'],
    row = 1,
  ): SheetVerdict => ({
    kind: 'refused',
    issue: { severity: 'warning', messageKey, params, ref: { ...where, row } },
  });
  const { form: stored, marked, foreign } = storedFormOf(grid, config);
  if (foreign) return warn('appraisal.collect.otherGenerationSheet', where);
  const match = findFormColumns(grid, template, config.lang);
  if (match.kind === 'not-form') {
    if (stored) return warn('appraisal.collect.headerMissing', where);
    return isProductSheet(grid.sheet, config) ? { kind: 'ours' } : { kind: 'stray' };
  }
  if (match.kind === 'incomplete')
    return warn(
      'appraisal.collect.dimMissing',
      { ...where, dimensions: match.missing.join('、') },
      match.headerRow,
    );
  // Forms of a generation that marks its forms are known by the mark; an unmarked look-alike is not one.
  if (!stored && !marked && config.generation !== undefined) return { kind: 'stray' };
  const group = stored?.group ?? groupLabelOf(grid, match.columns.headerRow);
  if (!group || !groups.some((g) => g.name === group)) {
    const key = group ? 'appraisal.collect.unknownGroup' : 'appraisal.collect.noGroup';
    return warn(key, { ...where, group: group ?? '' });
  }
  const read = readCopy(grid, match.columns, {
    file,
    group,
    template,
    ...(stored ? { department: stored.department } : {}),
    ...(config.roster ? { roster: config.roster } : {}),
  });
  if (isUntouched(read.copy, template)) return { kind: 'untouched' };
  return { kind: 'copy', copy: read.copy, issues: read.issues };
}

/**
 * Every filled form copy in the workbooks, with the problems found in each, file by file. A file
 * or sheet that is not a form of this generation is named, never skipped in silence.
 */
export function findCopies(
  files: readonly FilledWorkbook[],
  config: StoredConfig,
): { copies: FormCopy[]; issues: Issue[]; untouched: number } {
  const copies: FormCopy[] = [];
  const issues: Issue[] = [];
  let untouched = 0;
  for (const file of files) {
    if (otherGeneration(file, config)) {
      issues.push({
        severity: 'warning',
        messageKey: 'appraisal.collect.otherGeneration',
        params: { file: file.file },
        ref: { file: file.file, sheet: file.sheets[0]?.sheet ?? '', row: 1 },
      });
      continue;
    }
    const strays: Issue[] = [];
    let known = false;
    for (const grid of file.sheets) {
      const verdict = judgeSheet(file.file, grid, config);
      if (verdict.kind === 'stray') {
        const where = { file: file.file, sheet: grid.sheet };
        strays.push({
          severity: 'warning',
          messageKey: 'appraisal.collect.sheetNotForm',
          params: where,
          ref: { ...where, row: 1 },
        });
        continue;
      }
      known = true;
      if (verdict.kind === 'untouched') untouched++;
      else if (verdict.kind === 'refused') issues.push(verdict.issue);
      else if (verdict.kind === 'copy') {
        copies.push(verdict.copy);
        issues.push(...verdict.issues);
      }
    }
    if (known) issues.push(...strays);
    else
      issues.push({
        severity: 'warning',
        messageKey: 'appraisal.collect.fileNotForm',
        params: { file: file.file },
        ref: { file: file.file, sheet: file.sheets[0]?.sheet ?? '', row: 1 },
      });
  }
  return { copies, issues, untouched };
}
