import type { ModelSheet } from '../../core/report/sheetModel';
import { cellSteps } from './cellBlocks';
import { featureSteps } from './features';
import { lookSteps } from './looks';
import type { Step } from './step';

/**
 * Everything needed to draw one model sheet, in order: number formats and values, looks (after
 * the values, since a hyperlink restyles its cell), then tables, merges and the rest. The appraisal
 * forms and the report both go through here. Lazy: each row chunk is built when the writer takes
 * it, so building a large sheet's requests is sliced with their queueing.
 */
export function* renderSteps(sheet: ModelSheet): Generator<Step, void, undefined> {
  yield* cellSteps(sheet);
  yield* featureSteps(sheet);
  yield* lookSteps(sheet);
}
