import { presetPolicy } from '../policy/presets';
import type { MemberRecord } from '../records';
import { AcademicAccumulator } from './accumulator';
import { buildAcademicIndex } from './buildIndex';
import { entry, type RowSpec } from './gradeRows.fixture';
import { member } from './member.fixture';
import { ACADEMIC_MESSAGES } from '../messages/academic';
import type { MessageTable } from '../messages/types';
import type { AcademicIndex } from './types';

type Edit = (p: ReturnType<typeof presetPolicy>) => void;

function build(
  rows: RowSpec[],
  members: MemberRecord[] = [],
  edit: Edit = () => undefined,
): AcademicIndex {
  const acc = new AcademicAccumulator();
  for (const r of rows) acc.add(entry(r));
  const policy = presetPolicy();
  edit(policy);
  return buildAcademicIndex(acc, members, policy);
}

/** One course per student and term, so each student's average is the score given. */
function cohortRows(scores: Record<string, number>, extra: Partial<RowSpec> = {}): RowSpec[] {
  return Object.entries(scores).map(([id, score]) => ({
    id,
    course: '高数',
    score,
    credit: 4,
    term: '2024-2025-2',
    major: '会计',
    year: 2023,
    ...extra,
  }));
}

describe('buildAcademicIndex ranking', () => {
  it('ranks members among all students of their major and year, ties sharing the better rank', () => {
    const rows = [
      ...cohortRows({ A: 90, B: 85, C: 85, D: 70 }),
      ...cohortRows({ E: 99 }, { year: 2024 }),
    ];
    const index = build(rows, [member('C')]);
    expect(index.get('C')?.rank).toMatchObject({
      rank: 2,
      cohortSize: 4,
      limitRank: 2,
      withinTop: true,
    });
    expect(index.get('D')?.rank).toMatchObject({
      rank: 4,
      withinTop: false,
      cohortLabel: '会计 / 2023级',
    });
    expect(index.get('E')?.rank).toMatchObject({ rank: 1, cohortSize: 1 });
    expect(index.get('E')?.notes?.map((n) => n.messageKey)).toContain(
      'academic.note.aloneInCohort',
    );
    expect(index.records).toHaveLength(5);
  });

  it('does not rank, nor count in the cohort, a student with no averaged course', () => {
    const rows = [
      ...cohortRows({ A: 90, B: 80 }),
      { id: 'P', course: '体育', score: '合格', term: '2024-2025-2', major: '会计', year: 2023 },
    ];
    const index = build(rows);
    expect(index.get('P')).toMatchObject({
      gradeRows: 1,
      averagedCourses: 0,
      rankProblem: 'rule.rank.noGrades',
    });
    expect(index.get('P')?.rank).toBeUndefined();
    expect(index.get('B')?.rank?.cohortSize).toBe(2);
  });

  it('uses the cohort kind of the policy', () => {
    const rows = [...cohortRows({ A: 90, B: 80 }), ...cohortRows({ C: 85 }, { year: 2024 })];
    const byMajor = build(rows, [], (p) => (p.rules.rank.cohort = 'major'));
    expect(byMajor.get('B')?.rank).toMatchObject({ rank: 3, cohortSize: 3, cohortLabel: '会计' });
    const byClass = build(
      rows,
      [member('A', { className: '会计2301' })],
      (p) => (p.rules.rank.cohort = 'class'),
    );
    expect(byClass.get('A')?.rank).toMatchObject({
      rank: 1,
      cohortSize: 1,
      cohortLabel: '会计2301',
    });
    expect(byClass.get('B')?.rankProblem).toBe('rule.rank.noClass');
  });

  it('says why a rank is missing: no major, no entry year', () => {
    const rows: RowSpec[] = [
      { id: 'X', course: 'a', score: 80, term: '2024-2025-2' },
      { id: 'Y', course: 'a', score: 80, major: '会计' },
    ];
    const index = build(rows, [], (p) => (p.rules.rank.window = 'since-entry'));
    expect(index.get('X')?.rankProblem).toBe('rule.rank.noMajor');
    expect(index.get('Y')?.rankProblem).toBe('rule.rank.noEntryYear');
  });

  it('infers a major per sheet from its roster members and notes it', () => {
    const rows: RowSpec[] = [
      { id: 'M', course: 'a', score: 90, term: '2024-2025-2', sheet: '23会计' },
      { id: 'N', course: 'a', score: 80, term: '2024-2025-2', sheet: '23会计' },
    ];
    const index = build(rows, [member('M', { major: '会计', entryYear: 2023 })]);
    expect(index.get('N')).toMatchObject({ major: '会计', majorSource: 'sheet', entryYear: 2024 });
    expect(index.get('N')?.notes?.map((n) => n.messageKey)).toEqual([
      'academic.note.missingCredit',
      'academic.note.majorInferred',
      'academic.note.entryYearInferred',
      'academic.note.aloneInCohort',
    ]);
    expect(index.get('N')?.sheets).toEqual([{ sheet: '23会计' }]);
  });
});

describe('buildAcademicIndex top-share boundary', () => {
  /** n students scoring 100, 99, ...; S1 is best. */
  const cohortOf = (n: number) =>
    cohortRows(Object.fromEntries(Array.from({ length: n }, (_, i) => [`S${i + 1}`, 100 - i])));

  it('cohort 30 at 30%: rank 9 is inside, rank 10 outside', () => {
    const index = build(cohortOf(30));
    expect(index.get('S9')?.rank).toMatchObject({
      rank: 9,
      cohortSize: 30,
      limitRank: 9,
      withinTop: true,
    });
    expect(index.get('S10')?.rank).toMatchObject({ rank: 10, withinTop: false });
  });

  it('cohort 31: ceil takes rank 10 in, floor leaves it out', () => {
    expect(build(cohortOf(31)).get('S10')?.rank).toMatchObject({ limitRank: 10, withinTop: true });
    const floor = build(cohortOf(31), [], (p) => (p.rules.rank.rounding = 'floor'));
    expect(floor.get('S10')?.rank).toMatchObject({ limitRank: 9, withinTop: false });
    expect(floor.get('S10')?.rank?.percent).toBeCloseTo((10 / 31) * 100, 9);
  });
});

describe('buildAcademicIndex school rank', () => {
  const rows = cohortRows({ A: 90, B: 80, C: 70 });

  it('uses the school’s 综合排名 instead of the computed rank when the policy says so', () => {
    const members = [member('C', { schoolRank: { percent: 12, raw: '前12%' } })];
    const index = build(rows, members);
    expect(index.get('C')?.rank).toMatchObject({ source: 'school', percent: 12, withinTop: true });
    const computed = build(rows, members, (p) => (p.rules.rank.useSchoolRank = false));
    expect(computed.get('C')?.rank).toMatchObject({
      source: 'computed',
      rank: 3,
      withinTop: false,
    });
  });

  it('ranks a member with no grade rows from the school rank alone', () => {
    const index = build(rows, [
      member('Z', { schoolRank: { rank: 5, cohortSize: 50, raw: '5/50' } }),
    ]);
    expect(index.get('Z')).toMatchObject({
      gradeRows: 0,
      rank: { rank: 5, limitRank: 15, source: 'school' },
    });
    expect(index.get('Z')?.rankProblem).toBeUndefined();
  });

  it('falls back to the computed rank, with a note, when the school rank is incomplete', () => {
    const index = build(rows, [member('A', { schoolRank: { rank: 1, raw: '1' } })]);
    expect(index.get('A')?.rank?.source).toBe('computed');
    expect(index.get('A')?.notes).toContainEqual({
      messageKey: 'academic.note.schoolRankIncomplete',
      params: { raw: '1' },
    });
  });
});

describe('buildAcademicIndex windows', () => {
  const rows: RowSpec[] = [
    { id: 'A', course: 'a', score: 90, credit: 2, term: '2023-2024-1', major: '会计', year: 2023 },
    { id: 'A', course: 'b', score: 50, credit: 2, term: '2024-2025-1', major: '会计', year: 2023 },
    { id: 'A', course: 'c', score: 80, credit: 2, term: '2024-2025-2', major: '会计', year: 2023 },
    { id: 'A', course: 'd', score: 30, credit: 2, major: '会计', year: 2023 },
  ];

  it('measures from the latest term in the data by default', () => {
    const index = build(rows, [], (p) => (p.rules.rank.window = 'last-term'));
    expect(index.referenceTerm).toEqual({ startYear: 2024, term: 2 });
    expect(index.windowTerms).toEqual([{ startYear: 2024, term: 2 }]);
    expect(index.get('A')?.average).toBe(80);
  });

  it('averages both terms of the academic year for last-year, and every row since entry', () => {
    expect(build(rows).get('A')?.average).toBe(65);
    const since = build(rows, [], (p) => (p.rules.rank.window = 'since-entry')).get('A');
    expect(since?.average).toBe((90 + 50 + 80 + 30) / 4);
    expect(since?.notes).toContainEqual({
      messageKey: 'academic.note.untermedRows',
      params: { count: 1 },
    });
  });

  it('follows the policy’s reference term, and the failed rule its own window and mode', () => {
    const index = build(rows, [], (p) => {
      p.referenceTerm = '2023-2024-2';
      p.rules.failed.window = 'since-entry';
    });
    expect(index.get('A')?.average).toBe(90);
    expect(index.failedWindowTerms).toEqual([{ startYear: 2023, term: 1 }]);
    expect(index.get('A')?.failed.map((f) => f.courseName)).toEqual(['d']);
  });

  it('notes a reference term it cannot read and uses the latest term instead', () => {
    const index = build(rows, [], (p) => (p.referenceTerm = '明年春天'));
    expect(index.referenceTerm).toEqual({ startYear: 2024, term: 2 });
    expect(index.notes).toEqual([
      { messageKey: 'academic.note.badReferenceTerm', params: { value: '明年春天' } },
    ]);
  });
});

describe('buildAcademicIndex records', () => {
  it('keeps names: the roster’s first, other spellings apart', () => {
    const index = build(
      [
        { id: 'A', course: 'a', score: 80, name: '張三', term: '2024-2025-1' },
        { id: 'A', course: 'b', score: 80, name: '张三', term: '2024-2025-1' },
      ],
      [member('A', { name: '张三' })],
    );
    expect(index.get('A')).toMatchObject({ name: '张三', otherNames: ['張三'] });
  });

  it('emits only message keys the academic catalogue part defines, in both languages', () => {
    const index = build(
      [
        { id: 'A', course: 'a', score: 80 },
        { id: 'B', course: 'a', score: 80, term: '2024-2025-1' },
        { id: 'C', course: 'a', score: '合格', term: '2024-2025-1', major: 'x', year: 2024 },
        {
          id: 'D',
          course: 'a',
          score: 70,
          term: '2024-2025-1',
          major: 'x',
          major2: 'y',
        } as RowSpec,
        { id: 'D', course: 'b', score: 70, term: '2024-2025-1', major: 'y' },
        { id: 'D', course: 'c', score: 70, term: '2024-2025-1', major: 'y' },
      ],
      [member('B', { schoolRank: { rank: 1, raw: '1' } })],
      (p) => (p.referenceTerm = '??'),
    );
    const keys = [
      ...(index.notes ?? []).map((n) => n.messageKey),
      ...(index.records ?? []).flatMap((r) => [
        ...(r.rankProblem ? [r.rankProblem] : []),
        ...(r.notes ?? []).map((n) => n.messageKey),
      ]),
    ];
    expect(new Set(keys).size).toBeGreaterThanOrEqual(8);
    const academic: MessageTable = ACADEMIC_MESSAGES;
    for (const key of keys) {
      expect(academic[key]?.zh).toMatch(/\S/);
      expect(academic[key]?.en).toMatch(/\S/);
    }
  });
});
