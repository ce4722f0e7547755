import type { MessageTable } from './types';

/**
 * Messages the academic core emits: why a rank could not be computed (`rule.rank.*`) and how a
 * record was obtained (`academic.note.*`). Meant to be spread into the one catalogue (messages/index.ts).
 */
export const ACADEMIC_MESSAGES = {
  'rule.rank.noGrades': {
    zh: '所选学期范围内没有可计入学分加权平均的成绩，无法计算排名',
    en: 'No grade in the term window counts toward the credit-weighted average, so no rank can be computed',
  },
  'rule.rank.noMajor': {
    zh: '成绩表和名单都没有写明该生的专业，无法确定“本专业”排名范围',
    en: 'Neither the grade sheet nor the roster gives the student’s major, so the ranking cohort is unknown',
  },
  'rule.rank.noEntryYear': {
    zh: '无法确定该生的年级（入学年份），无法确定排名范围',
    en: 'The student’s entry year is unknown, so the ranking cohort is unknown',
  },
  'rule.rank.noClass': {
    zh: '名单中没有该生的班级，无法按班级排名',
    en: 'The roster gives no class for the student, so the class ranking cannot be computed',
  },
  'academic.note.untermedRows': {
    zh: '{count} 条成绩没有学年学期，只计入“入学以来”的统计',
    en: '{count} grade rows have no term; they count only in the “since entry” window',
  },
  'academic.note.missingCredit': {
    zh: '{count} 门课程缺少学分，按 1 学分计入加权平均',
    en: '{count} courses have no credit; each is weighed as 1 credit in the average',
  },
  'academic.note.entryYearInferred': {
    zh: '年级未注明，按最早一条成绩推定为 {year} 级（不据此认定为新生）',
    en: 'Entry year not stated; taken as {year} from the earliest grade row (not used to treat the student as a freshman)',
  },
  'academic.note.entryYearFromId': {
    zh: '年级未注明，按学号开头推定为 {year} 级（名单中已知年级的学生学号都以入学年份开头）',
    en: 'Entry year not stated; taken as {year} from the start of the student ID (every student of known year is numbered that way)',
  },
  'academic.note.majorInferred': {
    zh: '专业未注明，按成绩表“{sheet}”中名单成员的专业推定为“{major}”',
    en: 'Major not stated; taken as “{major}”, the major of the roster members on grade sheet “{sheet}”',
  },
  'academic.note.severalMajors': {
    zh: '成绩中出现多个专业（另有 {others}），按出现最多的“{major}”排名',
    en: 'The grade rows name several majors (also {others}); ranked in “{major}”, the most frequent',
  },
  'academic.note.schoolRankIncomplete': {
    zh: '学校综合排名“{raw}”缺少总人数或百分比，改用由成绩计算的排名',
    en: 'The school’s ranking “{raw}” lacks the cohort size or a percentage; the rank computed from grades is used',
  },
  'academic.note.aloneInCohort': {
    zh: '排名范围“{cohort}”中只有该生一人，请核对专业和年级的写法',
    en: 'The student is alone in ranking cohort “{cohort}”; check how the major and year are spelled',
  },
  'academic.note.badReferenceTerm': {
    zh: '参考学期“{value}”无法识别（应如 2025-2026-1），改用成绩中最新的学期',
    en: 'Reference term “{value}” is not readable (expected e.g. 2025-2026-1); the latest term in the grades is used',
  },
} satisfies MessageTable;
