import type { FailedCourse } from '../academic/types';
import { failedRule } from './failed';
import { academicIndex, context, member, record } from './fixtures';

function course(name: string, shown: string, passedLater: boolean, row: number): FailedCourse {
  return {
    courseName: name,
    courseKey: name,
    shown,
    passedLater,
    term: { startYear: 2024, term: 1 },
    grade: { kind: 'numeric', value: Number(shown) || 0, pass: false },
    ref: { sheet: '成绩', row },
  };
}

describe('failed', () => {
  const clean = member();
  const stillFailed = member();
  const retaken = member();
  const noGrades = member();
  const members = [clean, stillFailed, retaken, noGrades];
  const academic = academicIndex([
    record(clean.studentId),
    record(stillFailed.studentId, {
      failed: [course('高等数学', '52', false, 7), course('大学英语', '旷考', false, 9)],
    }),
    record(retaken.studentId, { failed: [course('会计基础', '58', true, 12)] }),
    record(noGrades.studentId, { gradeRows: 0, averagedCourses: 0 }),
  ]);

  it('strict: counts courses passed later, with the grade rows as refs', () => {
    const { findings } = failedRule(context({ members, academic }));
    expect(
      findings.map((f) => [
        f.subject.kind === 'member' && f.subject.studentId,
        f.severity,
        f.messageKey,
      ]),
    ).toEqual([
      [stillFailed.studentId, 'violation', 'rule.failed.failed'],
      [retaken.studentId, 'violation', 'rule.failed.passedLater'],
      [noGrades.studentId, 'pending', 'rule.failed.noGradeRows'],
    ]);
    expect(findings[0]?.evidence).toEqual({
      course: '高等数学',
      shown: '52',
      term: '2024-2025-1',
      count: 2,
      passedLater: false,
      courses: '高等数学（52）、大学英语（旷考）',
    });
    expect(findings[0]?.refs).toEqual([
      { sheet: '成绩', row: 7 },
      { sheet: '成绩', row: 9 },
    ]);
    expect(findings[0]?.ref).toEqual(stillFailed.ref);
  });

  it('lenient: forgives a course passed later', () => {
    const ctx = context({ members, academic });
    ctx.policy.rules.failed.mode = 'lenient';
    const ids = failedRule(ctx).findings.map(
      (f) => f.subject.kind === 'member' && f.subject.studentId,
    );
    expect(ids).toEqual([stillFailed.studentId, noGrades.studentId]);
  });

  it('is skipped without any grade table', () => {
    expect(
      failedRule(context({ members, academic, hasGradeData: false })).skipped?.messageKey,
    ).toBe('rule.skip.noGrades');
  });
});
