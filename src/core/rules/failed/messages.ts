import type { MessageTable } from '../../messages/types';

/** The failed rule's title and findings (spread into the one catalogue by rules/registry.ts). */
export const MESSAGES = {
  'rule.failed.title': { zh: '课业不及格', en: 'Failed courses' },
  'rule.failed.failed': {
    zh: '有 {count} 门课程不及格：{courses}',
    en: '{count} failed course(s): {courses}',
  },
  'rule.failed.passedLater': {
    zh: '有 {count} 门课程首次考试不及格（已通过补考或重修，严格模式仍计入）：{courses}',
    en: '{count} course(s) failed at the first attempt (passed later by make-up or retake; strict mode still counts them): {courses}',
  },
  'rule.failed.failedNoTerm': {
    zh: '有 {count} 门课程不及格：{courses}。其中 {noTerm} 门的成绩行没有学期（{noTermCourses}），学期不明，无法排除在检查的时间范围内，按不及格计入；请核对其学期',
    en: '{count} failed course(s): {courses}. {noTerm} of them on grade rows without a term ({noTermCourses}): the term is unknown, so they cannot be placed outside the window and count as failed; please check their term',
  },
  'rule.failed.passedLaterNoTerm': {
    zh: '有 {count} 门课程首次考试不及格（已通过补考或重修，严格模式仍计入）：{courses}。其中 {noTerm} 门的成绩行没有学期（{noTermCourses}），学期不明，无法排除在检查的时间范围内；请核对其学期',
    en: '{count} course(s) failed at the first attempt (passed later by make-up or retake; strict mode still counts them): {courses}. {noTerm} of them on grade rows without a term ({noTermCourses}): the term is unknown, so they cannot be placed outside the window; please check their term',
  },
  'rule.failed.unreadable': {
    zh: '有 {count} 门课程的成绩无法识别：{cells}，无法确认是否不及格，待核实；请核对这些成绩格',
    en: '{count} course grade(s) cannot be read: {cells}; whether they are fails cannot be told, so this needs checking; please check those cells',
  },
  'rule.failed.noGradeRows': {
    zh: '成绩表中找不到该生（学号 {studentId}）的成绩，无法确认有无不及格，待核实',
    en: 'No grade rows for student {studentId}, so failed courses cannot be ruled out; needs checking',
  },
} satisfies MessageTable;
