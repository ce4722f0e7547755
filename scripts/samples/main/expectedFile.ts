import type { ExpectedOutcome } from '../expected';
import type { MainSample } from './build';
import { MAIN_SEED } from './plan';

/** How expected.json was computed; written at the top of the file itself. */
export const EXPECTED_ABOUT = [
  'Expected outcome of checking 学生会名单与成绩.xlsx with policy.json (preset national-school, studentsServed 1800).',
  'Computed by scripts/samples/expected/ from the generated data, independently of src/core.',
  "Reference term: the latest term in the grade data. Window (rank, failed, discipline): last-year = the terms of the reference term's academic year up to the reference term.",
  'Average: credit-weighted (学分加权平均) over first attempts (成绩性质 正常考试) in the window; 补考/重修 rows and voided rows (是否成绩作废 = 是) never count; five-level points 优秀95 良好85 中等75 及格65 不及格0; 合格/不合格 and 缓考 are left out; 旷考 counts 0.',
  "Cohort: every student in the grade data with the same major and entry year (members or not) who has an average in the window. Entry year = the first 4 digits of 学号 = the student's first term; the major of a sheet = the major of the roster members on it.",
  'Rank: 1 + the number of cohort students with a strictly higher average (ties share the better rank); inside when rank <= ceil(30% x cohort size). Averages are compared exactly (fractions).',
  'failed (strict): any first attempt in the window that fails (number < 60, 不及格, 不合格, 旷考), even if passed later by 补考/重修.',
  'discipline: a sanction of the five levels, not lifted, dated in the window (Sep-Jan = first term, Feb-Aug = second term of the academic year).',
  "freshman: entry year = the reference academic year's start year: exempt from rank (info finding), other rules apply.",
  'pending (待核实): 政治面貌 empty or not a known value; no grade row at all (rank and failed).',
  "status: ineligible if any of political/rank/failed/discipline is violated, else pending if any is pending, else eligible. Title findings do not change a member's status.",
  "members.<学号>.codes: violated eligibility rules (political, rank, failed, discipline); pending: undecidable ones; info: freshman. findings: union, department and title findings (a title finding names the member by studentId; forbidden = violation, unknown = pending); their `detail` is this generator's own counting, informative only.",
  'Every rank verdict except plant BOUND is robust: it stays the same under other windows, 缓考 as 0, 旷考 left out, 补考 rows averaged, other five-level points, and worse-rank ties (scripts/samples/expected/robustness.ts).',
];

/** expected.json for the demo workbook. */
export function expectedFile(sample: MainSample, outcome: ExpectedOutcome): unknown {
  return {
    about: EXPECTED_ABOUT,
    generator: 'scripts/make-samples.ts',
    seed: MAIN_SEED,
    inputs: ['学生会名单与成绩.xlsx'],
    policy: 'policy.json',
    ...outcome,
    planted: sample.planted,
  };
}
