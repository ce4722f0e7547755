import { isCellError, type CellValue } from '../cells';
import type { Policy } from '../policy/types';
import type { GradeValue } from '../records';
import { EMPTY_SCORE, FIVE_LEVEL, MARKS, TWO_LEVEL } from './gradeWords';
import { memoByString } from './memo';
import { parseNumber } from './number';
import { normalizeText } from './text';

export { isVoided, parseAttempt } from './attempt';

type Grading = Policy['grading'];

const EMPTY: GradeValue = { kind: 'empty' };

interface GradeParser {
  byText: (text: string) => GradeValue;
  byNumber: Map<number, GradeValue>;
}

// One parser per grading setting: the cached results depend on its pass mark and points.
const parsers = new WeakMap<Grading, GradeParser>();

function numeric(value: number, grading: Grading): GradeValue {
  if (!Number.isFinite(value) || value < 0) return { kind: 'unknown', raw: String(value) };
  return { kind: 'numeric', value, pass: value >= grading.passMark };
}

function fromText(raw: string, grading: Grading): GradeValue {
  const text = normalizeText(raw).replace(/\s/g, '');
  if (EMPTY_SCORE.has(text)) return EMPTY;
  const n = parseNumber(text);
  if (n !== undefined) return numeric(n, grading);
  const five = FIVE_LEVEL[text];
  if (five) {
    const points = grading.levelPoints[text] ?? grading.levelPoints[five.canonical];
    return points === undefined
      ? { kind: 'level', label: text, pass: five.pass }
      : { kind: 'level', label: text, points, pass: five.pass };
  }
  const two = TWO_LEVEL[text];
  if (two !== undefined) return { kind: 'level', label: text, pass: two };
  const mark = MARKS[text];
  if (mark) return { kind: 'mark', mark: mark.mark, fail: mark.fail };
  return { kind: 'unknown', raw: normalizeText(raw) };
}

function parserFor(grading: Grading): GradeParser {
  let parser = parsers.get(grading);
  if (!parser) {
    parser = { byText: memoByString((t) => fromText(t, grading), 5000), byNumber: new Map() };
    parsers.set(grading, parser);
  }
  return parser;
}

/**
 * A grade cell normalised (docs/RULES.md §4.4 grade-values): numbers and numeric text against `grading.passMark`;
 * five-level grades with points from `grading.levelPoints`; two-level grades pass/fail without
 * points; exam marks. Numbers are never rescaled: a school grading on a 5-point scale sets the
 * pass mark (e.g. 3) instead, because a cell cannot tell a 5-point 4 from a 100-point 4.
 * Results are cached per distinct text and number, so a million rows parse a few hundred values.
 */
export function parseGrade(v: CellValue | undefined, grading: Grading): GradeValue {
  if (v === null || v === undefined) return EMPTY;
  const parser = parserFor(grading);
  if (typeof v === 'string') return parser.byText(v);
  if (typeof v === 'number') {
    let hit = parser.byNumber.get(v);
    if (!hit) {
      hit = numeric(v, grading);
      if (parser.byNumber.size < 5000) parser.byNumber.set(v, hit);
    }
    return hit;
  }
  if (isCellError(v)) return { kind: 'unknown', raw: v.error };
  return { kind: 'unknown', raw: v instanceof Date ? v.toISOString().slice(0, 10) : String(v) };
}

// Longer words first: 取消考试资格 before 取消资格, 考试作弊 before 作弊.
const MARK_WORDS = Object.keys(MARKS).sort((a, b) => b.length - a.length);

const markFromText = memoByString((raw: string): GradeValue | undefined => {
  const text = normalizeText(raw).replace(/\s/g, '');
  for (const word of MARK_WORDS) {
    const mark = MARKS[word];
    if (mark && text.includes(word)) return { kind: 'mark', mark: mark.mark, fail: mark.fail };
  }
  return undefined;
});

/**
 * The exam mark a 成绩标志 / 成绩备注 cell names ("缓考", "申请缓考（病假）", "免修"), or undefined when
 * it names none: a remark column says more than the score cell, so a word inside it counts.
 */
export function markIn(text: string): GradeValue | undefined {
  return text === '' ? undefined : markFromText(text);
}
