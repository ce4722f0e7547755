import type { CellValue } from '../cells';
import type { TermKey } from '../records';
import { memoByString } from './memo';
import { cellText } from './text';

export { parseEntryYear } from './entryYear';

// NFKC has already folded full-width dashes and tildes; 至, em and en dashes remain.
const YEAR_PAIR = /^(\d{4})(?:[-~/_—–至]|到)(\d{4}|\d{2})(.*)$/;
const SINGLE_YEAR_SEASON = /^(\d{4})年?(秋|春|夏)/;
const START_YEAR_ONLY = /^(\d{4})(?:学年度?|年度?)?$/;

const TERM_WORDS: Readonly<Record<string, number>> = {
  '1': 1,
  '01': 1,
  一: 1,
  上: 1,
  秋: 1,
  '2': 2,
  '02': 2,
  二: 2,
  下: 2,
  春: 2,
  '3': 3,
  '03': 3,
  三: 3,
  夏: 3,
  小: 3,
  短: 3,
};

/** 1, 2 or 3 from "1", "第一学期", "秋", "秋季学期", "上学期", "第1学期"; else undefined. */
function termNumber(raw: string): number | undefined {
  const token = raw
    .replace(/^[-_/()（）]+|[)）]+$/g, '')
    .replace(/^第/, '')
    .replace(/(?:学期|季学期|季)$/, '');
  return TERM_WORDS[token];
}

/** termNumber of a 学期 cell without its spaces; an export alternates a few such texts row by row. */
const termCellNumber = memoByString((raw: string): number | undefined =>
  termNumber(raw.replace(/\s/g, '')),
);

interface YearTerm {
  startYear: number;
  term?: number;
}

function endYearMatches(start: number, endText: string): boolean {
  const end = Number(endText);
  return endText.length === 2 ? end === (start + 1) % 100 : end === start + 1;
}

/** A year (and maybe a term) from one text cell. */
const parseYearTermText = memoByString((raw: string): YearTerm | undefined => {
  const text = raw.normalize('NFKC').replace(/\s/g, '');
  const pair = YEAR_PAIR.exec(text);
  if (pair?.[1] && pair[2] !== undefined) {
    const startYear = Number(pair[1]);
    if (!endYearMatches(startYear, pair[2])) return undefined;
    const rest = (pair[3] ?? '').replace(/^学年度?/, '').replace(/^[-_/]/, '');
    if (rest === '') return { startYear };
    const term = termNumber(rest);
    return term === undefined ? undefined : { startYear, term };
  }
  const season = SINGLE_YEAR_SEASON.exec(text);
  if (season?.[1] && season[2]) {
    const year = Number(season[1]);
    // 2025春 is the spring of the 2024-2025 year; 2024秋 opens 2024-2025.
    if (season[2] === '秋') return { startYear: year, term: 1 };
    return { startYear: year - 1, term: season[2] === '春' ? 2 : 3 };
  }
  const single = START_YEAR_ONLY.exec(text);
  if (single?.[1]) return { startYear: Number(single[1]) };
  return undefined;
});

function complete(y: YearTerm | undefined): TermKey | undefined {
  return y?.term === undefined ? undefined : { startYear: y.startYear, term: y.term };
}

/**
 * A term from 学年 + 学期 ("2024-2025" + "1"/"第一学期"/"秋") or one combined cell ("2025-2026-1",
 * "2024-2025学年第二学期", "2024-20252", "2024秋"). Undefined when no complete term can be read.
 */
export function parseTerm(
  academicYear?: CellValue,
  term?: CellValue,
  yearTerm?: CellValue,
): TermKey | undefined {
  const combined = cellText(yearTerm);
  const fromCombined = combined ? parseYearTermText(combined) : undefined;
  if (fromCombined?.term !== undefined) return complete(fromCombined);
  const termText = cellText(term);
  // Some exports put the whole "2024-2025-1" in the 学期 column.
  const termAlone = termText ? parseYearTermText(termText) : undefined;
  if (termAlone?.term !== undefined) return complete(termAlone);
  const yearText = cellText(academicYear);
  const year = fromCombined ?? (yearText ? parseYearTermText(yearText) : undefined);
  if (!year || !termText) return undefined;
  const n = termCellNumber(termText);
  return n === undefined ? undefined : { startYear: year.startYear, term: n };
}

/** "2024-2025-2" for a term key, the label 强智 and most exports use. */
export function termLabel(key: TermKey): string {
  return `${key.startYear}-${key.startYear + 1}-${key.term}`;
}

/** Orders terms chronologically (negative when `a` is earlier). */
export function compareTerms(a: TermKey, b: TermKey): number {
  return a.startYear - b.startYear || a.term - b.term;
}
