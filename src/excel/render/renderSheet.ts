import type { ModelSheet } from '../../core/report/sheetModel';
import { cellSteps } from './cellBlocks';
import { featureSteps } from './features';
import { lookSteps } from './looks';
import type { Step } from './step';

/**
 * Everything needed to draw one model sheet, in order: number formats and values, looks (after
 * the values, since a hyperlink restyles its cell), then tables, merges and the rest. The appraisal
 * forms and the report both go through here.
 */
export function renderSteps(sheet: ModelSheet): Step[] {
  return [...cellSteps(sheet), ...featureSteps(sheet), ...lookSteps(sheet)];
}
