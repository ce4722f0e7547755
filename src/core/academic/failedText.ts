import type { Attempt } from '../records';
import type { FailedCourse } from './types';

// The words 教务 exports use for a sitting; the course list is quoted as the teacher's sheets say it.
const SITTING: Readonly<Record<Attempt, string>> = {
  first: '初修',
  makeup: '补考',
  retake: '重修',
  deferred: '缓考',
  unknown: '',
};

/** The word for a sitting as the exports write it (补考, 重修, 缓考). */
export function sittingWord(attempt: Attempt): string {
  return SITTING[attempt];
}

/**
 * 高等数学（52）, or 高等数学（45，补考 70）when a later sitting passed it: both attempts, so a
 * teacher sees why strict mode still counts the course.
 */
export function failedCourseText(course: FailedCourse): string {
  const later = course.later;
  if (!later) return `${course.courseName}（${course.shown}）`;
  const word = sittingWord(later.attempt);
  return `${course.courseName}（${course.shown}，${word ? `${word} ` : ''}${later.shown}）`;
}
