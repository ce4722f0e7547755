import type { CellValue } from '../cells';
import { memoByString } from './memo';
import { isoDate } from './text';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 31);
const MAX_SERIAL = 2_958_465; // 9999-12-31
/** Days from 1900-01-00 to 1904-01-01: a 1904-system serial plus this is the 1900-system serial. */
export const DATE_1904_OFFSET = 1462;
// An optional time of day after the date is allowed and ignored.
const YMD =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function fromParts(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2月30日 over into March: a date that does not round-trip does not exist.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return undefined;
  }
  return isoDate(date);
}

/** Excel's 1900 date system, including its fictitious 1900-02-29 (serial 60). */
function fromSerial(serial: number): string | undefined {
  if (serial < 1 || serial > MAX_SERIAL) return undefined;
  let days = Math.floor(serial);
  if (days === 60) return undefined;
  if (days > 60) days -= 1;
  return isoDate(new Date(EXCEL_EPOCH + days * DAY_MS));
}

function fromCompactNumber(n: number): string | undefined {
  return Number.isInteger(n) ? fromText(String(n)) : undefined;
}

const fromText = memoByString((raw: string): string | undefined => {
  const text = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const m = YMD.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  const c = COMPACT.exec(text);
  if (c) return fromParts(Number(c[1]), Number(c[2]), Number(c[3]));
  return undefined;
});

/**
 * A date as ISO `YYYY-MM-DD` from a Date cell, an Excel serial number (the Excel JavaScript API hands dates over
 * as serials), a yyyymmdd number, or text "2025/3/4", "2025-03-04", "2025.3.4", "2025年3月4日".
 * `date1904`: the workbook counts serials from 1904-01-01 (Excel for Mac's old default).
 */
export function parseDate(v: CellValue | undefined, date1904 = false): string | undefined {
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'number') {
    if (v > MAX_SERIAL) return fromCompactNumber(v);
    if (!date1904) return fromSerial(v);
    return v < 0 ? undefined : fromSerial(v + DATE_1904_OFFSET);
  }
  if (typeof v === 'string') return fromText(v);
  return undefined;
}
