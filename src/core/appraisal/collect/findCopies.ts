import type { SheetGrid } from '../../tables';
import type { StoredConfig } from '../storedConfig';
import type { AppraisalTemplate } from '../types';
import { findFormColumns } from './formColumns';
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

/** Every filled form copy in the workbooks, with the problems found in each, file by file. */
export function findCopies(
  files: readonly FilledWorkbook[],
  config: StoredConfig,
): { copies: FormCopy[]; issues: Issue[]; untouched: number } {
  const { template, groups } = config.settings;
  const copies: FormCopy[] = [];
  const issues: Issue[] = [];
  let untouched = 0;
  for (const { file, sheets } of files) {
    for (const grid of sheets) {
      const stored = config.forms.find((form) => form.sheet === grid.sheet);
      const match = findFormColumns(grid, template, config.lang);
      const where = { file, sheet: grid.sheet };
      if (match.kind === 'not-form') {
        if (stored)
          issues.push({
            severity: 'warning',
            messageKey: 'appraisal.collect.headerMissing',
            params: where,
            ref: { ...where, row: 1 },
          });
        continue;
      }
      if (match.kind === 'incomplete') {
        const params = { ...where, dimensions: match.missing.join('、') };
        issues.push({
          severity: 'warning',
          messageKey: 'appraisal.collect.dimMissing',
          params,
          ref: { ...where, row: match.headerRow },
        });
        continue;
      }
      const group = stored?.group ?? groupLabelOf(grid, match.columns.headerRow);
      if (!group || !groups.some((g) => g.name === group)) {
        const key = group ? 'appraisal.collect.unknownGroup' : 'appraisal.collect.noGroup';
        issues.push({
          severity: 'warning',
          messageKey: key,
          params: { ...where, group: group ?? '' },
          ref: { ...where, row: 1 },
        });
        continue;
      }
      const read = readCopy(grid, match.columns, {
        file,
        group,
        template,
        ...(stored ? { department: stored.department } : {}),
      });
      if (isUntouched(read.copy, template)) {
        untouched++;
        continue;
      }
      copies.push(read.copy);
      issues.push(...read.issues);
    }
  }
  return { copies, issues, untouched };
}
