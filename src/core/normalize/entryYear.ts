import type { CellValue } from '../cells';
import { memoByString } from './memo';

const YEAR_TEXT = /^(\d{4}|\d{2})(?:级|年级|年)?/;
const TRAILING_OK = /^(?:级|年级|年)?(?:本科|专科|高职|中职|学生|新生)?$/;

function plausible(year: number): number | undefined {
  return year >= 1950 && year <= 2100 ? year : undefined;
}

function fromNumber(n: number): number | undefined {
  if (!Number.isInteger(n)) return undefined;
  // Two-digit years ("23级") are this century's.
  return n >= 0 && n < 100 ? 2000 + n : plausible(n);
}

const fromText = memoByString((raw: string): number | undefined => {
  const text = raw.normalize('NFKC').replace(/\s/g, '');
  const m = YEAR_TEXT.exec(text);
  if (!m?.[1]) return undefined;
  const rest = text.slice(m[1].length);
  // "2023级计算机1班" is still a 2023 entry; "2023届" (graduating year) is not read as one.
  if (!TRAILING_OK.test(rest) && !rest.startsWith('级')) return undefined;
  return fromNumber(Number(m[1]));
});

/** Entry year (年级) from "2023级", "23级", 2023, "2023"; undefined for 届, 大一 and other forms. */
export function parseEntryYear(v: CellValue | undefined): number | undefined {
  if (typeof v === 'number') return fromNumber(v);
  if (typeof v === 'string') return fromText(v);
  return undefined;
}
