/**
 * Built-in number formats that display dates or times: the international ones (14-22, 45-47) and
 * the ones Chinese, Japanese and Korean Excel uses without writing their codes (27-36, 50-58).
 */
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a number format code shows a date or time (e.g. `yyyy"年"m"月"d"日"`, `m/d/yy h:mm`). */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '') // quoted literals such as "年"
    .replace(/\[[^\]]*\]/g, '') // colours, conditions, locales, [DBNum1]
    .replace(/\\.|[_*]./g, ''); // escaped characters, padding and fill characters
  // Only the first section matters; `General` and `@` hold no date letters.
  const first = bare.split(';')[0] ?? '';
  return /[ymdhs]/i.test(first);
}

/** Whether a style's number format id, with the workbook's custom codes, shows a date. */
export function isDateFormat(numFmtId: number, customCodes: ReadonlyMap<number, string>): boolean {
  const code = customCodes.get(numFmtId);
  return code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_IDS.has(numFmtId);
}

const EPOCH_1900 = 25569; // serial number of 1970-01-01 in the 1900 date system
const EPOCH_1904 = 24107; // and in the 1904 date system

/** A date serial number as a JavaScript Date in UTC, as exceljs reads it. */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  const days = serial - (date1904 ? EPOCH_1904 : EPOCH_1900);
  return new Date(Math.round(days * 86400000));
}
