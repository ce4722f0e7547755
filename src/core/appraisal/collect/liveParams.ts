import type { SheetGrid } from '../../tables';
import { FIRST_GROUP_COL, SUMMARY_PARAM_ROW, SUMMARY_WEIGHT_ROW } from '../summaryColumns';
import type { AppraisalSettings } from '../types';

function numberAt(grid: SheetGrid, row: number, col: number): number | undefined {
  const value = grid.rows[row - (grid.firstRow ?? 1)]?.[col - 1];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The settings with the grade lines, quota and group weights the teacher may have edited in the
 * summary's parameter rows (the summary's formulas read them live; collect keeps those edits).
 * A cleared quota cell means no quota; other blank or non-numeric cells keep the stored value.
 */
export function withLiveParams(
  settings: AppraisalSettings,
  summary: SheetGrid | undefined,
): AppraisalSettings {
  if (!summary) return settings;
  const at = (col: number) => numberAt(summary, SUMMARY_PARAM_ROW, col);
  const bands = {
    excellent: at(2) ?? settings.bands.excellent,
    good: at(4) ?? settings.bands.good,
    pass: at(6) ?? settings.bands.pass,
  };
  const quota = at(8);
  const groups =
    settings.aggregate === 'weighted'
      ? settings.groups.map((g, i) => {
          const weight = numberAt(summary, SUMMARY_WEIGHT_ROW, FIRST_GROUP_COL + i) ?? g.weight;
          return weight === undefined ? g : { ...g, weight };
        })
      : settings.groups;
  const { excellentQuota: _dropped, ...rest } = settings;
  return { ...rest, bands, groups, ...(quota !== undefined ? { excellentQuota: quota } : {}) };
}
