import type { ModelSheet } from '../core/report/sheetModel';
import type { SheetInfo } from './inventory';
import type { OwnerKey } from '../core/marks';

/**
 * Owner keys of the appraisal's sheets. A sheet name never contains `/`, so these keys cannot meet
 * `model:<sheet name>` keys; every sheet under the prefix is replaced by the next generation, so a
 * change of layout or groups leaves no stale form behind.
 */
const GENERATED = 'model:appraisal/generated/';
const ISSUES: OwnerKey = 'model:appraisal/issues';

/** The owner key of one generated appraisal sheet (summary, form, evidence or settings). */
export function generatedKey(sheet: ModelSheet): OwnerKey {
  return `${GENERATED}${sheet.name}`;
}

/** The owner key of the 汇集问题 sheet that 汇总评分 writes. */
export const COLLECT_ISSUES_KEY = ISSUES;

/** Whether the product generated this sheet for the appraisal (forms, summary, evidence, settings). */
export function isGeneratedAppraisal(info: SheetInfo): boolean {
  return info.owner?.key.startsWith(GENERATED) === true;
}

/** Whether the sheet is any of the appraisal's own sheets, the collect problems included. */
export function isAppraisalSheet(info: SheetInfo): boolean {
  return isGeneratedAppraisal(info) || info.owner?.key === ISSUES;
}
