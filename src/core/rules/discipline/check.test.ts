import type { SanctionRecord } from '../../records';
import { t } from '../../messages';
import { academicIndex, context, member } from '../fixtures';
import { runRule } from '..';
import type { Rule } from '../types';

/** The check as the engine runs it, so its findings carry the rule's sources. */
const disciplineRule: Rule = (ctx) => runRule('discipline', ctx);

let row = 1;
function sanction(fields: Partial<SanctionRecord>): SanctionRecord {
  row += 1;
  return { ref: { sheet: '处分', row }, raw: fields.level ?? '记过', lifted: false, ...fields };
}

describe('discipline', () => {
  const wang = member({ name: '王芳', entryYear: 2023 });
  const li = member({ name: '李明', entryYear: 2023 });
  const zhang1 = member({ name: '张伟' });
  const zhang2 = member({ name: '张伟' });
  const clean = member({ name: '赵六' });
  const members = [wang, li, zhang1, zhang2, clean];
  // Reference 2024-2025-2: last-year starts at 2024-2025-1 (2024-08 onwards).
  const ctxWith = (sanctions: SanctionRecord[]) => context({ members, sanctions });

  it('matches by 学号 and counts a sanction inside the window', () => {
    const s = sanction({ studentId: wang.studentId, level: '警告', date: '2024-10-08' });
    const [finding, ...rest] = disciplineRule(ctxWith([s])).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'discipline',
      severity: 'violation',
      messageKey: 'rule.discipline.sanctioned',
      subject: { kind: 'member', studentId: wang.studentId },
      refs: [s.ref],
      evidence: {
        sanction: '警告',
        date: '2024-10-08',
        term: '2024-2025-1',
        matchedBy: 'studentId',
      },
      sources: ['004-2-1-3', '001-7'],
    });
  });

  it('ignores a sanction before the window, lifted, or of an unlisted level', () => {
    const before = sanction({ studentId: wang.studentId, level: '记过', date: '2024-07-20' });
    const lifted = sanction({
      studentId: wang.studentId,
      level: '记过',
      date: '2024-10-01',
      lifted: true,
    });
    const ctx = ctxWith([
      before,
      lifted,
      sanction({ studentId: li.studentId, level: '警告', date: '2025-03-01' }),
    ]);
    ctx.policy.rules.discipline.sanctions = ['记过', '留校察看', '开除学籍'];
    expect(disciplineRule(ctx).findings).toEqual([]);
  });

  it('counts a lifted sanction when the policy says so', () => {
    const lifted = sanction({
      studentId: wang.studentId,
      level: '记过',
      date: '2025-03-01',
      lifted: true,
    });
    expect(disciplineRule(ctxWith([lifted])).findings).toEqual([]);
    const ctx = ctxWith([lifted]);
    ctx.policy.rules.discipline.countLifted = true;
    expect(disciplineRule(ctx).findings).toMatchObject([
      { code: 'discipline', severity: 'violation', evidence: { lifted: true } },
    ]);
  });

  it('says a counted sanction was lifted, and when', () => {
    const dated = sanction({
      studentId: wang.studentId,
      level: '记过',
      date: '2024-10-08',
      lifted: true,
      liftedOn: '2025-04-30',
    });
    const undated = sanction({
      studentId: li.studentId,
      level: '警告',
      date: '2024-11-02',
      lifted: true,
    });
    const ctx = ctxWith([dated, undated]);
    expect(disciplineRule(ctx).findings).toEqual([]);
    ctx.policy.rules.discipline.countLifted = true;
    const [first, second] = disciplineRule(ctx).findings;
    expect(first).toMatchObject({
      messageKey: 'rule.discipline.sanctionedLifted',
      evidence: { lifted: true, liftedOn: '2025-04-30', when: '2024-10-08' },
    });
    expect(t(first!.messageKey, 'zh', first!.evidence)).toBe(
      '受到记过处分（2024-10-08），已于 2025-04-30 解除；按规则设置，已解除的处分仍计入',
    );
    expect(second).toMatchObject({
      messageKey: 'rule.discipline.sanctionedLiftedUndated',
      evidence: { lifted: true },
    });
    expect(second?.evidence.liftedOn).toBeUndefined();
  });

  it('counts a sanction after the reference term (grade data may lag)', () => {
    const later = sanction({ studentId: li.studentId, level: '严重警告', date: '2025-11-02' });
    expect(disciplineRule(ctxWith([later])).findings).toHaveLength(1);
  });

  it('widens to since-entry: back to the entry year', () => {
    const old = sanction({
      studentId: wang.studentId,
      level: '记过',
      term: { startYear: 2023, term: 2 },
    });
    const ctx = ctxWith([old]);
    expect(disciplineRule(ctx).findings).toEqual([]);
    ctx.policy.rules.discipline.window = 'since-entry';
    expect(disciplineRule(ctx).findings.map((f) => f.evidence.term)).toEqual(['2023-2024-2']);
  });

  it('matches by name only when the name is unique, and says so', () => {
    const byName = sanction({ name: '李 明', level: '警告', date: '2025-03-01' });
    const twoZhang = sanction({ name: '张伟', level: '警告', date: '2025-03-01' });
    const { findings } = disciplineRule(ctxWith([byName, twoZhang]));
    expect(
      findings.map((f) => [
        f.subject.kind === 'member' && f.subject.studentId,
        f.severity,
        f.messageKey,
      ]),
    ).toEqual([
      [li.studentId, 'violation', 'rule.discipline.sanctionedByName'],
      [zhang1.studentId, 'pending', 'rule.discipline.ambiguousName'],
      [zhang2.studentId, 'pending', 'rule.discipline.ambiguousName'],
    ]);
    expect(findings[0]?.evidence.matchedBy).toBe('name');
  });

  it('does not fall back to the name when a 学号 is given and matches no member', () => {
    const other = sanction({ studentId: 'X999', name: '王芳', level: '记过', date: '2025-03-01' });
    expect(disciplineRule(ctxWith([other])).findings).toEqual([]);
  });

  it('leaves unknown levels, undated sanctions and a missing reference term pending', () => {
    const odd = sanction({ studentId: wang.studentId, raw: '违纪' });
    const undated = sanction({ studentId: li.studentId, level: '记过' });
    const keys = disciplineRule(ctxWith([odd, undated])).findings.map((f) => [
      f.severity,
      f.messageKey,
    ]);
    expect(keys).toEqual([
      ['pending', 'rule.discipline.unknownSanction'],
      ['pending', 'rule.discipline.undated'],
    ]);
    const noRef = context({
      members,
      sanctions: [sanction({ studentId: li.studentId, level: '记过', date: '2025-03-01' })],
      referenceTerm: undefined,
      academic: { ...academicIndex([]), referenceTerm: undefined },
    });
    expect(disciplineRule(noRef).findings.map((f) => f.messageKey)).toEqual([
      'rule.discipline.noReferenceTerm',
    ]);
  });

  it('is skipped (not pending) when there is no discipline table at all', () => {
    const out = disciplineRule(context({ members, hasDisciplineData: false }));
    expect(out).toEqual({
      findings: [],
      skipped: { code: 'discipline', messageKey: 'rule.skip.noDiscipline' },
    });
  });

  it('a member whose 学号 lost digits is 待核实 against a register by 学号, not clean', () => {
    const lost = member({
      name: '孙七',
      studentId: '202300101012346000（第9行）',
      unmatched: {
        messageKey: 'rule.studentId.digitsLost',
        params: { value: '202300101012346000' },
      },
    });
    const byId = context({
      members: [...members, lost],
      sanctions: [sanction({ studentId: wang.studentId, level: '警告', date: '2024-10-08' })],
    });
    const found = disciplineRule(byId).findings.filter((f) => f.severity === 'pending');
    expect(found).toMatchObject([
      { subject: { studentId: lost.studentId }, messageKey: 'rule.studentId.digitsLost' },
    ]);
    expect(t(found[0]!.messageKey, 'zh', found[0]!.evidence)).toContain('位数已经丢失');
    // A register by name only matches the member by name: absent from it is clean.
    const byName = context({
      members: [...members, lost],
      sanctions: [sanction({ name: '王芳', level: '警告', date: '2024-10-08' })],
    });
    expect(disciplineRule(byName).findings.some((f) => f.severity === 'pending')).toBe(false);
  });

  it('counts 记大过 as a school sanction, also under a list written before it was read', () => {
    const grave = sanction({ studentId: wang.studentId, level: '记大过', date: '2024-10-08' });
    expect(disciplineRule(ctxWith([grave])).findings).toMatchObject([
      {
        severity: 'violation',
        messageKey: 'rule.discipline.sanctioned',
        evidence: { sanction: '记大过' },
      },
    ]);
    // A policy saved with the five levels names 记过; 记大过 is graver, so it counts there too.
    const saved = ctxWith([grave]);
    saved.policy.rules.discipline.sanctions = ['警告', '严重警告', '记过', '留校察看', '开除学籍'];
    expect(disciplineRule(saved).findings).toHaveLength(1);
    const onlyExpulsion = ctxWith([grave]);
    onlyExpulsion.policy.rules.discipline.sanctions = ['开除学籍'];
    expect(disciplineRule(onlyExpulsion).findings).toEqual([]);
  });

  it('tells the teacher of league, party discipline and criticism in a note, not as a sanction', () => {
    const league = sanction({
      studentId: wang.studentId,
      raw: '团内警告',
      notSchool: 'league',
      date: '2024-10-08',
    });
    const criticism = sanction({ name: '李明', raw: '通报批评', notSchool: 'criticism' });
    const { findings } = disciplineRule(ctxWith([league, criticism]));
    expect(
      findings.map((f) => [
        f.subject.kind === 'member' && f.subject.name,
        f.severity,
        f.messageKey,
      ]),
    ).toEqual([
      ['王芳', 'info', 'rule.discipline.notSchoolSanction'],
      ['李明', 'info', 'rule.discipline.notSchoolSanction'],
    ]);
    expect(t(findings[0]!.messageKey, 'zh', findings[0]!.evidence)).toBe(
      '处分名单记有“团内警告”（2024-10-08）：团内、党内处分和通报批评、批评教育不是校纪处分，不影响本项，请知悉',
    );
    expect(findings[0]?.refs).toEqual([league.ref]);
  });

  it('does not note league discipline that the register says was lifted', () => {
    const lifted = sanction({
      studentId: wang.studentId,
      raw: '团内警告（已撤销）',
      notSchool: 'league',
      lifted: true,
    });
    expect(disciplineRule(ctxWith([lifted])).findings).toEqual([]);
  });
});
