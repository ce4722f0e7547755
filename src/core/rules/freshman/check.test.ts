import { academicIndex, context, member, record } from '../fixtures';
import { isExemptFreshman } from './check';
import { runRule } from '..';
import type { Rule } from '../types';

/** The check as the engine runs it, so its findings carry the rule's sources. */
const freshmanRule: Rule = (ctx) => runRule('freshman', ctx);

describe('freshman', () => {
  const fresh = member({ entryYear: 2025 });
  const second = member({ entryYear: 2024 });
  const yearFromGrades = member();
  const guessedYear = member();
  const academic = academicIndex(
    [
      record(yearFromGrades.studentId, { entryYear: 2025, entryYearSource: 'grades' }),
      record(guessedYear.studentId, { entryYear: 2025, entryYearSource: 'earliest-term' }),
    ],
    { startYear: 2025, term: 1 },
  );
  const members = [fresh, second, yearFromGrades, guessedYear];

  it('gives first-year members an info finding and no one else', () => {
    const ctx = context({ members, academic, referenceTerm: { startYear: 2025, term: 1 } });
    const { findings } = freshmanRule(ctx);
    expect(findings.map((f) => f.subject.kind === 'member' && f.subject.studentId)).toEqual([
      fresh.studentId,
      yearFromGrades.studentId,
    ]);
    expect(findings[0]).toMatchObject({
      severity: 'info',
      messageKey: 'rule.freshman.exempt',
      evidence: { entryYear: 2025, referenceTerm: '2025-2026-1' },
      sources: ['national-form'],
    });
    expect(members.map((m) => isExemptFreshman(ctx, m))).toEqual([true, false, true, false]);
  });

  it('stops exempting once the first year is complete', () => {
    const ctx = context({ members, academic, referenceTerm: { startYear: 2025, term: 2 } });
    expect(freshmanRule(ctx).findings).toEqual([]);
  });

  it('says nothing when the rank rule is off, and is skipped without a reference term', () => {
    const off = context({ members });
    off.policy.rules.rank.enabled = false;
    expect(freshmanRule(off)).toEqual({ findings: [] });
    const noRef = context({
      members,
      referenceTerm: undefined,
      academic: { ...academicIndex([]), referenceTerm: undefined },
    });
    expect(freshmanRule(noRef).skipped?.messageKey).toBe('rule.skip.noReferenceTerm');
  });
});
