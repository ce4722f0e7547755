import { failedCourseText, sittingWord } from '../../academic/failedText';
import type { FailedCourse, UnreadableGrade } from '../../academic/types';
import { columnLetter } from '../../cells';
import type { Evidence, Finding } from '../../findings';
import type { MemberRecord } from '../../records';
import { memberFinding, skipRule } from '../finding';
import { termLabel } from '../../normalize/term';
import type { Rule, RuleContext } from '../types';
import { unmatchedFinding } from '../unmatched';

/** 高等数学（52）、大学英语（旷考，补考 70）: the failed courses as a teacher reads them. */
function courseList(courses: readonly FailedCourse[], max = 5): string {
  const shown = courses.slice(0, max).map(failedCourseText);
  const rest = courses.length - shown.length;
  return rest > 0 ? `${shown.join('、')} +${rest}` : shown.join('、');
}

/** 高等数学（成绩!F8：A-）: the course and the cell to look at, as the teacher finds it. */
function cellList(grades: readonly UnreadableGrade[], max = 5): string {
  const shown = grades.slice(0, max).map((g) => {
    const at = `${g.ref.sheet}!${g.col !== undefined ? columnLetter(g.col) : ''}${g.ref.row}`;
    return `${g.courseName}（${at}：${g.shown}）`;
  });
  const rest = grades.length - shown.length;
  return rest > 0 ? `${shown.join('、')} +${rest}` : shown.join('、');
}

/** The sitting that passed the course later: which, with what grade, in which term. */
function laterEvidence(course: FailedCourse): Evidence {
  const later = course.later;
  if (!later) return {};
  return {
    laterAttempt: sittingWord(later.attempt),
    laterShown: later.shown,
    ...(later.term ? { laterTerm: termLabel(later.term) } : {}),
    laterRow: later.ref.row,
  };
}

function check(ctx: RuleContext, member: MemberRecord): Finding[] {
  const unmatched = unmatchedFinding('failed', member);
  if (unmatched) return [unmatched];
  const record = ctx.academic.get(member.studentId);
  if (!record || record.gradeRows === 0) {
    const evidence = { studentId: member.studentId };
    return [memberFinding('failed', member, 'pending', 'rule.failed.noGradeRows', evidence)];
  }
  // The academic core already applied the window; lenient mode forgives what was passed later.
  const strict = ctx.policy.rules.failed.mode === 'strict';
  const counted = record.failed.filter((course) => strict || !course.passedLater);
  const [first] = counted;
  if (!first) {
    // An unreadable grade may be a fail: the member is 待核实 with the cells named, never passed.
    const unreadable = record.unreadable ?? [];
    if (unreadable.length === 0) return [];
    const evidence = { count: unreadable.length, cells: cellList(unreadable) };
    const refs = unreadable.map((g) => g.ref);
    return [memberFinding('failed', member, 'pending', 'rule.failed.unreadable', evidence, refs)];
  }
  const evidence: Record<string, string | number | boolean> = {
    course: first.courseName,
    shown: first.shown,
    ...(first.term ? { term: termLabel(first.term) } : {}),
    count: counted.length,
    passedLater: first.passedLater,
    ...laterEvidence(first),
    courses: courseList(counted),
  };
  // Rows without a term count in every window; the teacher is told which, to place them.
  const noTerm = counted.filter((c) => c.term === undefined);
  const allPassedLater = counted.every((c) => c.passedLater);
  const messageKey =
    noTerm.length > 0
      ? allPassedLater
        ? 'rule.failed.passedLaterNoTerm'
        : 'rule.failed.failedNoTerm'
      : allPassedLater
        ? 'rule.failed.passedLater'
        : 'rule.failed.failed';
  if (noTerm.length > 0)
    Object.assign(evidence, { noTerm: noTerm.length, noTermCourses: courseList(noTerm) });
  return [
    memberFinding(
      'failed',
      member,
      'violation',
      messageKey,
      evidence,
      counted.flatMap((c) => (c.later ? [c.ref, c.later.ref] : [c.ref])),
    ),
  ];
}

/** failed: no failed course in the window (strict: even one passed later by 补考 or 重修). */
export const failedRule: Rule = (ctx) => {
  if (!ctx.hasGradeData) return skipRule('failed', 'rule.skip.noGrades');
  return { findings: ctx.members.flatMap((member) => check(ctx, member)) };
};
