import type { DelegateRecord } from '../../records';
import { congressRule } from './check';
import { context, member } from '../fixtures';

let row = 1;
function delegate(fields: Partial<DelegateRecord>): DelegateRecord {
  row += 1;
  return { ref: { sheet: '代表', row }, name: `代表${row}`, ...fields };
}

describe('congress', () => {
  const chair = member({ name: '周主席', department: '主席团', title: '主席', entryYear: 2023 });
  const head = member({ name: '吴部长', department: '学习部', title: '部长', entryYear: 2023 });
  const staff = member({ name: '郑干事', department: '学习部', title: '干事', entryYear: 2024 });
  const roster = [chair, head, staff];
  // Ten delegates: 2 cadres by the roster, 1 by the column; 6 of year 2023, 4 of 2024.
  const base = [
    delegate({ studentId: chair.studentId }),
    delegate({ name: '吴部长' }),
    delegate({ studentId: staff.studentId }),
    delegate({ isCadre: true, entryYear: 2023 }),
    ...Array.from({ length: 3 }, () => delegate({ entryYear: 2023 })),
    ...Array.from({ length: 3 }, () => delegate({ entryYear: 2024 })),
  ];
  const ctxWith = (delegates: DelegateRecord[], served?: number) => {
    const ctx = context({ members: roster, delegates, hasDelegateData: true });
    if (served !== undefined) ctx.policy.studentsServed = served;
    return ctx;
  };

  it('passes a congress that meets all three shares', () => {
    expect(congressRule(ctxWith(base, 1000))).toEqual({ findings: [] });
  });

  it('flags too few delegates for the students served (1%)', () => {
    const [finding] = congressRule(ctxWith(base, 1001)).findings;
    expect(finding).toMatchObject({
      messageKey: 'rule.congress.tooFewDelegates',
      evidence: { count: 10, studentsServed: 1001, required: 11 },
    });
  });

  it('counts cadres from the column, else from the roster (presidium or head), 60% non-cadre', () => {
    const cadre2024 = () => delegate({ isCadre: true, entryYear: 2024 });
    const extraCadre = [...base.slice(0, 8), cadre2024(), cadre2024()];
    const [finding] = congressRule(ctxWith(extraCadre, 1000)).findings;
    expect(finding).toMatchObject({
      messageKey: 'rule.congress.tooFewNonCadre',
      evidence: { count: 5, total: 10, percent: 50, limit: 60 },
    });
    const cadreRows = [base[0], base[1], base[3], extraCadre[8], extraCadre[9]];
    expect(finding?.refs).toEqual(cadreRows.map((d) => d?.ref));
  });

  it('flags a year group under 10%, including a roster year with no delegate', () => {
    const withSenior = [...base.slice(0, 9), delegate({ entryYear: 2022 })];
    const ctx = { ...ctxWith(withSenior, 1000), members: [...roster, member({ entryYear: 2021 })] };
    const under = congressRule(ctx).findings.filter(
      (f) => f.messageKey === 'rule.congress.yearUnder',
    );
    expect(under.map((f) => [f.evidence.year, f.evidence.count])).toEqual([[2021, 0]]);
    expect(congressRule(ctxWith(withSenior, 1000)).findings).toEqual([]);
  });

  it('leaves delegates with no known year pending', () => {
    const [finding] = congressRule(ctxWith([...base, delegate({})], 1000)).findings;
    expect(finding).toMatchObject({
      severity: 'pending',
      messageKey: 'rule.congress.yearUnknown',
      evidence: { count: 1 },
    });
  });

  it('checks the shares but reports the skipped quota when students served is unset', () => {
    const out = congressRule(ctxWith(base));
    expect(out.findings).toEqual([]);
    expect(out.skipped?.messageKey).toBe('rule.skip.congressNoStudentsServed');
  });

  it('is skipped without a delegate table', () => {
    expect(congressRule(context({ members: roster })).skipped?.messageKey).toBe(
      'rule.skip.noDelegates',
    );
  });
});
