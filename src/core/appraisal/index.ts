/** The term appraisal (述职评议): the public surface for the task pane and the command line. */
export type * from './types';
export {
  BUILT_IN_TEMPLATES,
  DEFAULT_TEMPLATE_NAME,
  HNJT_2021_TEMPLATE,
  NATIONAL_TEMPLATE,
} from './templates';
export { parseTemplate, templateToJson } from './templateSchema';
export { parseGroupsSpec, validateGroups } from './groups';
export { bandLabel, bandOf, DEFAULT_BANDS, parseBandsSpec } from './bands';
export { AGGREGATE_METHODS, resolveSettings } from './settings';
export type { SettingsChoice } from './settings';
export { parseSettingsJson, settingsToJson } from './settingsJson';
export { selectForms } from './selection';
export { buildAppraisalWorkbook } from './build';
export type { AppraisalBuild, AppraisalInput } from './build';
export { buildAppraisalFromCheck } from './fromCheck';
export type { CheckAppraisalOutcome } from './fromCheck';
export { buildAppraisalFromSheets } from './fromSheets';
export { collectFilled } from './collect/collect';
export type { CollectOutcome } from './collect/collect';
export type { FilledWorkbook } from './collect/findCopies';
export { issuePlace } from './collect/issuesSheet';
