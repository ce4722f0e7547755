import { isCellError, type CellValue } from '../cells';
import { memoByString } from './memo';
import { numberText } from './number';

// Zero-width characters survive NFKC and break equality of otherwise identical texts.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /\s+/g;
// ASCII and CJK ideographs without doubled or edge spaces are already normal (NFKC leaves the
// unified ideographs alone): most cells of a grade export, checked without the cache.
const ALREADY_NORMAL = /^(?:[\x21-\x7e\u4e00-\u9fff]+(?: [\x21-\x7e\u4e00-\u9fff]+)*)?$/;

const normalizeSlow = memoByString((v: string): string =>
  v.normalize('NFKC').replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim(),
);

/**
 * Text as the product compares it: NFKC (full-width digits, letters and brackets fold to ASCII,
 * U+3000 and NBSP become spaces), trimmed, inner whitespace collapsed to one space.
 */
export function normalizeText(v: string): string {
  return ALREADY_NORMAL.test(v) ? v : normalizeSlow(v);
}

const LEADING_MARKS = /^[*#※]+/;
// Trailing colons, asterisks and "(必填)"-style notes that forms add to header cells.
const TRAILING_NOTE =
  /(?:[:;,.!?*#、。，：；！？※]|\((?:必填|选填|必选|可选|必须|非必填|required|optional|\*)\)|[【[](?:必填|选填|必选|可选)[】\]])$/i;

const headerKeySlow = memoByString((text: string): string => {
  let key = text.normalize('NFKC').replace(ZERO_WIDTH, '').replace(SPACES, '');
  key = key.replace(LEADING_MARKS, '');
  let previous = '';
  while (previous !== key) {
    previous = key;
    key = key.replace(TRAILING_NOTE, '');
  }
  return key.toLowerCase();
});

/**
 * The key a header cell is matched by: NFKC, every whitespace removed, leading `*` markers and
 * trailing punctuation or "(必填)" notes stripped, Latin letters lower-cased.
 */
export function headerKey(text: string): string {
  return headerKeySlow(text);
}

/** ISO `YYYY-MM-DD` of a Date, read in UTC: exceljs hands Excel dates over as UTC midnight. */
export function isoDate(d: Date): string | undefined {
  const time = d.getTime();
  if (Number.isNaN(time)) return undefined;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * A cell as normalised text. Numbers print without exponent or float artefacts, dates as
 * `YYYY-MM-DD`, error values as '' (they carry no data), and booleans as 是/否 because every
 * yes/no column the product reads is Chinese and `parseYesNo` reads 是/否.
 */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return normalizeText(v);
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return isoDate(v) ?? '';
  if (isCellError(v)) return '';
  return '';
}

/** True for an empty cell, a missing cell, or text that is only whitespace. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '' || normalizeText(v) === '';
  return false;
}
