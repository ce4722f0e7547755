import type { NumberFormat } from './sheetModel';

/**
 * The spreadsheet format code of each model number format, shared by both renderers so the pane
 * and the command line write the same cells. `hidden` (`;;;`) shows nothing on screen or paper but
 * keeps the value: the appraisal's machine-readable settings would otherwise spill across pages.
 */
export const NUMBER_FORMAT_CODES: Readonly<Record<NumberFormat, string>> = {
  integer: '0',
  decimal1: '0.0',
  decimal2: '0.00',
  percent: '0%',
  percent1: '0.0%',
  text: '@',
  hidden: ';;;',
};
