/**
 * The lowest ExcelApi requirement set the adapter needs unconditionally, for the manifest's
 * `<Requirements>`. Office 2021 LTSC supports up to 1.14, so this must stay at or below 1.14.
 *
 * What sets the floor (see the `[Api set: ...]` notes in @types/office-js):
 * - 1.9: `Worksheet.getRanges` and `RangeAreas` (highlights and report styles in few calls),
 *   `ConditionalFormat.getRanges`, `RangeAreas.areaCount`, `Worksheet.pageLayout`.
 * - 1.8: `Range.dataValidation`. 1.7: `Range.hyperlink`, `Worksheet.freezePanes`.
 * - 1.6: conditional formats (`customOrNullObject`). 1.4: `workbook.settings`, `worksheet.names`,
 *   `getItemOrNullObject`, `getUsedRangeOrNullObject`. 1.2: `getUsedRange(valuesOnly)`, protection.
 * Nothing newer is used, so no call needs `isSetSupported`.
 */
export const REQUIRED_EXCEL_API = '1.9';

/** The requirement set name as the manifest writes it. */
export const REQUIRED_EXCEL_SET = 'ExcelApi';
