import type {
  Course,
  Grade,
  GradeRow,
  Member,
  SampleData,
  Student,
} from '../../scripts/samples/model';
import { computeExpected } from '../../scripts/samples/expected';
import { average, DEFAULT_READING, failedCourses } from '../../scripts/samples/expected/academic';
import { termOfDate } from '../../scripts/samples/expected/members';
import { limitRank } from '../../scripts/samples/expected/policy';

const T1 = { startYear: 2025, term: 1 } as const;
const T0 = { startYear: 2024, term: 2 } as const;

function course(code: string, credit: number): Course {
  return {
    code,
    name: code,
    credit,
    scale: 'numeric',
    nature: '',
    category: '',
    college: '',
    assessment: '',
    teacher: '',
  };
}

function row(
  id: string,
  code: string,
  credit: number,
  grade: Grade,
  extra: Partial<GradeRow> = {},
): GradeRow {
  return {
    studentId: id,
    name: id,
    term: T1,
    course: course(code, credit),
    grade,
    attempt: 'first',
    voided: false,
    ...extra,
  };
}

const num = (value: number): Grade => ({ kind: 'numeric', value });

function student(id: string, entryYear = 2024): Student {
  return {
    studentId: id,
    name: id,
    gender: '男',
    college: 'C',
    major: 'M',
    entryYear,
    className: 'M2401',
    ability: 0,
  };
}

function member(id: string, extra: Partial<Member> = {}): Member {
  return {
    studentId: id,
    name: id,
    gender: '男',
    college: 'C',
    major: 'M',
    entryYear: 2024,
    className: 'M2401',
    department: '学习部',
    title: '干事',
    political: '共青团员',
    collegeRole: 'x',
    phone: '',
    ...extra,
  };
}

describe('limitRank', () => {
  it('is ceil(30% x n) without floating-point surprises', () => {
    expect([0, 1, 3, 10, 47, 71, 118, 120].map((n) => limitRank(n))).toEqual([
      0, 1, 1, 3, 15, 22, 36, 36,
    ]);
  });
});

describe('average', () => {
  it('weighs by credit, counts five-level points and 旷考 as 0, leaves out 合格 and 缓考, 补考 and voided rows', () => {
    const rows: GradeRow[] = [
      row('a', 'C1', 2, num(80)),
      row('a', 'C2', 1.5, { kind: 'five', label: '优秀' }),
      row('a', 'C3', 2, { kind: 'two', label: '合格' }),
      row('a', 'C4', 3, { kind: 'mark', mark: '缓考', where: 'score' }),
      row('a', 'C5', 1, { kind: 'mark', mark: '旷考', where: 'remark' }),
      row('a', 'C1', 2, num(99), { attempt: 'makeup' }),
      row('a', 'C6', 4, num(10), { voided: true }),
      row('a', 'C7', 4, num(10), { term: T0 }),
    ].filter((r) => !r.voided);
    const avg = average(rows, T1, DEFAULT_READING)!;
    // (80 x 2 + 95 x 1.5 + 0 x 1) / (2 + 1.5 + 1)
    expect(avg.num / avg.den).toBeCloseTo(302.5 / 4.5, 10);
  });
});

describe('failedCourses (strict)', () => {
  it('counts a first-attempt fail passed at 补考, and only inside the window', () => {
    const rows = [
      row('a', 'C1', 2, num(52)),
      row('a', 'C1', 2, num(68), { attempt: 'makeup' }),
      row('a', 'C2', 2, num(40), { term: T0 }),
      row('a', 'C3', 2, { kind: 'mark', mark: '缓考', where: 'score' }),
      row('a', 'C4', 2, { kind: 'two', label: '不合格' }),
    ];
    expect(failedCourses(rows, T1).sort()).toEqual(['C1', 'C4']);
  });
});

describe('termOfDate', () => {
  it('maps September-January to the first term and February-August to the second', () => {
    expect(termOfDate('2025-11-12')).toEqual({ startYear: 2025, term: 1 });
    expect(termOfDate('2026-01-10')).toEqual({ startYear: 2025, term: 1 });
    expect(termOfDate('2024-04-18')).toEqual({ startYear: 2023, term: 2 });
    expect(termOfDate('2025-08-31')).toEqual({ startYear: 2024, term: 2 });
  });
});

describe('computeExpected', () => {
  // Ten students, averages 100, 95, 90, 90, 85 ... : limit ceil(3) = 3; the two on 90 share rank 3.
  const scores = [100, 95, 90, 90, 85, 80, 75, 70, 65, 62];
  const students = scores.map((_, i) => student(`s${i}`));
  const grades = scores.map((s, i) => row(`s${i}`, 'C1', 2, num(s)));
  const base: SampleData = {
    members: [],
    students,
    grades,
    sanctions: [],
    hasCollegeRoleColumn: true,
  };

  it('ranks with shared better ranks for ties and the ceil limit', () => {
    const data = { ...base, members: [member('s3'), member('s4')] };
    const out = computeExpected(data);
    expect(out.members.s3).toMatchObject({
      status: 'eligible',
      rank: { rank: 3, limitRank: 3, cohortSize: 10 },
    });
    expect(out.members.s4).toMatchObject({
      status: 'ineligible',
      codes: ['rank'],
      rank: { rank: 5 },
    });
  });

  it('reads 政治面貌: spellings of allowed values pass, 群众 fails, empty and unknown values are pending', () => {
    const data = {
      ...base,
      members: [
        member('s0', { political: '团员' }),
        member('s1', { political: '群众' }),
        member('s2', { political: '' }),
        member('s3', { political: '少先队员' }),
      ],
    };
    const out = computeExpected(data);
    expect([
      out.members.s0!.status,
      out.members.s1!.status,
      out.members.s2!.status,
      out.members.s3!.status,
    ]).toEqual(['eligible', 'ineligible', 'pending', 'pending']);
    expect(out.counts).toEqual({ eligible: 1, ineligible: 1, pending: 2 });
  });

  it('exempts freshmen from rank, marks members without grade rows pending, and flags sanctions in the window', () => {
    const data: SampleData = {
      ...base,
      students: [...students, student('f', 2025)],
      grades: [...grades, row('f', 'C1', 2, num(61))],
      members: [member('f', { entryYear: 2025 }), member('none'), member('s0'), member('s1')],
      sanctions: [
        {
          studentId: 's0',
          name: 's0',
          level: '警告',
          date: '2025-11-12',
          reason: '',
          lifted: false,
        },
        {
          studentId: 's1',
          name: 's1',
          level: '警告',
          date: '2024-04-18',
          reason: '',
          lifted: false,
        },
      ],
    };
    const out = computeExpected(data);
    expect(out.members.f).toMatchObject({ status: 'eligible', info: ['freshman'], codes: [] });
    expect(out.members.none).toMatchObject({ status: 'pending', pending: ['rank', 'failed'] });
    expect(out.members.s0).toMatchObject({ status: 'ineligible', codes: ['discipline'] });
    expect(out.members.s1).toMatchObject({ status: 'eligible', codes: [] });
  });

  it('finds structure problems: heads, staff, titles, presidium', () => {
    const roster = [
      member('s0', { department: '主席团', title: '主席' }),
      ...['副主席', '副主席', '副主席', '副主席', '副主席'].map((title, i) =>
        member(`p${i}`, { department: '主席团', title }),
      ),
      member('s1', { department: '学习部', title: '部长' }),
      ...Array.from({ length: 7 }, (_, i) =>
        member(`d${i}`, { department: '学习部', title: '干事' }),
      ),
      member('s2', { department: '学习部', title: '部长助理' }),
      member('s3', { department: '学习部', title: '外联专员' }),
    ];
    const out = computeExpected({ ...base, members: roster });
    const keys = out.findings.map(
      (f) => `${f.code}/${f.severity}/${f.department ?? f.studentId ?? ''}`,
    );
    expect(keys.sort()).toEqual(
      [
        'presidium/violation/',
        'dept-heads/violation/学习部',
        'dept-staff/violation/学习部',
        'titles/violation/s2',
        'titles/pending/s3',
      ].sort(),
    );
  });
});
