import type { FailedCourse } from '../../academic/types';
import { failedRule } from './check';
import { academicIndex, context, member, record } from '../fixtures';

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

  it('strict: names both sittings of a course passed later by 补考', () => {
    const passed: FailedCourse = {
      ...course('会计基础', '45', true, 12),
      later: {
        attempt: 'makeup',
        shown: '70',
        term: { startYear: 2024, term: 1 },
        ref: { sheet: '成绩', row: 13 },
      },
    };
    const ctx = context({
      members: [retaken],
      academic: academicIndex([record(retaken.studentId, { failed: [passed] })]),
    });
    const [finding] = failedRule(ctx).findings;
    expect(finding?.messageKey).toBe('rule.failed.passedLater');
    expect(finding?.evidence).toMatchObject({
      shown: '45',
      laterAttempt: '补考',
      laterShown: '70',
      laterTerm: '2024-2025-1',
      courses: '会计基础（45，补考 70）',
    });
    expect(finding?.refs).toEqual([
      { sheet: '成绩', row: 12 },
      { sheet: '成绩', row: 13 },
    ]);
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

  it('counts a failure whose grade row has no term, saying its term is unknown', () => {
    const who = member();
    const noTerm: FailedCourse = { ...course('高等数学', '50', false, 4), term: undefined };
    const { findings } = failedRule(
      context({
        members: [who],
        academic: academicIndex([
          record(who.studentId, { failed: [course('英语', '55', false, 3), noTerm] }),
        ]),
      }),
    );
    expect(findings.map((f) => [f.severity, f.messageKey])).toEqual([
      ['violation', 'rule.failed.failedNoTerm'],
    ]);
    expect(findings[0]?.evidence).toMatchObject({
      count: 2,
      noTerm: 1,
      noTermCourses: '高等数学（50）',
    });
  });
});
