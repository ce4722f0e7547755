export { summarize } from './summarize';
export { otherLevelText } from './otherLevelText';
export { windowLines, type WindowHost } from './windowText';
export type { CheckSummary, DepartmentLine, MemberLine, SummaryCounts } from './types';
