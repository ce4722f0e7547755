import type { TermKey } from '../records';
import { parseTerm } from '../normalize/term';

// '2024-2025学年第二学期', '2024-2025-2', '2024~2025学年度 第1学期', '2024-2025学年下学期'.
const TERM_TEXT =
  /\d{4}\s*(?:[-~/_—–至]|到)\s*\d{2,4}\s*(?:学年度?)?\s*(?:[-_/]?\s*(?:第?\s*[一二三123]\s*学期|[上下]\s*学期|[秋春夏]季?(?:学期)?|[123](?!\d)))/;
const SEASON_TEXT = /\d{4}\s*年?\s*[秋春夏]季?(?:学期)?/;

/** The term a title or sheet name names, if it names one completely (year and term). */
export function termInText(text: string): TermKey | undefined {
  const folded = text.normalize('NFKC');
  const found = TERM_TEXT.exec(folded) ?? SEASON_TEXT.exec(folded);
  return found ? parseTerm(undefined, undefined, found[0].replace(/\s/g, '')) : undefined;
}

// '计算机应用技术2023级1班', '23计算机1班', '2023级会计(2)班': the token that ends in 班.
const CLASS_TEXT = /([^\s\d]*\d{2,4}级?[^\s]*?班|[^\s]+?\d+班)(?=\s|\d{4}\s*[-~至]|成绩|$)/;

/** The class a title names ('计算机应用技术2023级1班 2024-2025学年第二学期 成绩汇总表'). */
export function classInText(text: string): string | undefined {
  const found = CLASS_TEXT.exec(text.normalize('NFKC').trim());
  return found?.[1];
}

/** The entry year a class name carries ('计算机应用技术2023级1班' → 2023, '23级会计1班' → 2023). */
export function entryYearInText(text: string): number | undefined {
  const found = /(?:^|\D)((?:19|20)?\d{2})级/.exec(text.normalize('NFKC'));
  if (!found?.[1]) return undefined;
  const n = Number(found[1]);
  return found[1].length === 2 ? 2000 + n : n;
}
