export { parseAppraisalArgs } from './args';
export type { AppraisalArgs, CollectOptions, GenerateOptions } from './args';
export { runAppraisalGenerate } from './generate';
export type { AppraisalRun } from './generate';
export { runAppraisalCollect } from './collect';
