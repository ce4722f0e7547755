import type { OwnerKey } from '../core/marks';
import type { ModelSheet } from '../core/report/sheetModel';
import type { SheetInfo } from './inventory';

/**
 * Owner keys of the appraisal's sheets, the same text the Excel adapter writes
 * (src/excel/appraisalOwner.ts; test/wps/appraisal.test.ts holds them equal), so forms generated
 * in Excel are recognised, replaced and collected in WPS and the other way round. A sheet name
 * never contains `/`, so these keys cannot meet `model:<sheet name>` keys.
 */
const GENERATED = 'model:appraisal/generated/';

/** The owner key of the 汇集问题 sheet that 汇总评分 writes. */
export const COLLECT_ISSUES_KEY: OwnerKey = 'model:appraisal/issues';

/** The owner key of one generated appraisal sheet (summary, form, evidence or settings). */
export function generatedKey(sheet: ModelSheet): OwnerKey {
  return `${GENERATED}${sheet.name}`;
}

/** Whether the product generated this sheet for the appraisal. */
export function isGeneratedAppraisal(info: SheetInfo): boolean {
  return info.owner?.key.startsWith(GENERATED) === true;
}

/** Whether the sheet is any of the appraisal's own sheets, the collect problems included. */
export function isAppraisalSheet(info: SheetInfo): boolean {
  return isGeneratedAppraisal(info) || info.owner?.key === COLLECT_ISSUES_KEY;
}
