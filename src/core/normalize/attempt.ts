import type { Attempt } from '../records';
import { memoByString } from './memo';
import { parseYesNo } from './yesNo';

// Checked in this order: 缓考取得 is deferred, 重修补考 is still a retake, 补考取得 a makeup.
const KEYWORDS: readonly (readonly [string, Attempt])[] = [
  ['缓考', 'deferred'],
  ['重修', 'retake'],
  ['重考', 'retake'],
  ['补考', 'makeup'],
  ['清考', 'makeup'],
  ['正常', 'first'],
  ['初修', 'first'],
  ['首修', 'first'],
  ['正考', 'first'],
  ['初考', 'first'],
  ['首考', 'first'],
  ['期末', 'first'],
];

const classify = memoByString((raw: string): Attempt | undefined => {
  const text = raw.normalize('NFKC').replace(/\s/g, '');
  for (const [word, attempt] of KEYWORDS) if (text.includes(word)) return attempt;
  return undefined;
});

// 修读类型 初修 says how the course was enrolled, not which sitting the row is: a 初修 course passed at
// the 补考 or the 缓考 is still 初修, and only 取得方式 tells that row from the first sitting.
const ENROLMENT_FIRST = ['初修', '首修'];

function isEnrolmentFirst(text: string): boolean {
  const folded = text.normalize('NFKC').replace(/\s/g, '');
  return ENROLMENT_FIRST.some((word) => folded === word || folded === `${word}课程`);
}

/**
 * How a grade row was obtained, from 成绩性质/修读类型/考试性质, then 取得方式, then a 成绩标识
 * mark; the first that names an attempt wins, except that an enrolment 初修 gives way to a 取得方式
 * naming a later sitting (初修 + 补考取得 is the 补考 row of a first enrolment). A row with none of
 * them is a normal first attempt (most exports list only those); an attempt or acquisition text that
 * names none is `unknown`. A mark that names none (旷考, 作弊) says nothing about the attempt.
 */
export function parseAttempt(
  attemptTypeText?: string,
  acquisitionText?: string,
  markText?: string,
): Attempt {
  if (attemptTypeText && acquisitionText && isEnrolmentFirst(attemptTypeText)) {
    const acquired = classify(acquisitionText);
    if (acquired && acquired !== 'first') return acquired;
  }
  for (const text of [attemptTypeText, acquisitionText, markText]) {
    if (text) {
      const found = classify(text);
      if (found) return found;
    }
  }
  return attemptTypeText || acquisitionText ? 'unknown' : 'first';
}

/** Reads a 重修标记-style flag column (是/1 = a retake row). */
export function attemptFromRetakeFlag(text: string): Attempt {
  if (!text) return 'first';
  const flag = parseYesNo(text);
  if (flag === undefined) return classify(text) ?? 'unknown';
  return flag ? 'retake' : 'first';
}

/** True when 是否成绩作废 says the row is void (是, Y, 1, 作废, 已作废). */
export function isVoided(text: string | undefined): boolean {
  if (!text) return false;
  if (text.includes('作废') && !text.includes('未') && !text.includes('不')) return true;
  return parseYesNo(text) === true;
}
