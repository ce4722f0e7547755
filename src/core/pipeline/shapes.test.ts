import type { Row } from '../cells';
import { presetPolicy } from '../policy/presets';
import type { CheckResult } from '../result';
import type { SheetGrid } from '../tables';
import { checkSheets } from './checkSheets';

const policy = presetPolicy('national-school');
const TITLE = '软件技术2023级1班 2024-2025学年第二学期 成绩汇总表';

function check(sheets: SheetGrid[]): CheckResult {
  const outcome = checkSheets(sheets, policy);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.value;
}

/** Ten students, one wide row each: 高等数学 (4 credits) and 大学英语 (2), averages 95 … 50. */
function wide(sheet = '成绩汇总', title: string | null = TITLE): SheetGrid {
  const rows: Row[] = [];
  for (let i = 0; i < 10; i++)
    rows.push([i + 1, `20230${i}`, `学生${i}`, '软件技术', 95 - i * 5, 95 - i * 5, 0, 0, 10 - i]);
  return {
    sheet,
    rows: [
      ...(title ? [[title]] : []),
      [
        '序号',
        '学号',
        '姓名',
        '专业',
        '高等数学(4)',
        '大学英语（2学分）',
        '总分',
        '平均分',
        '名次',
      ],
      ...rows,
    ],
  };
}

const rosterHeader = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'];
const union = (rows: Row[]): SheetGrid => ({ sheet: '学生会名单', rows: [rosterHeader, ...rows] });
const member = (id: string, name: string): Row => [
  name,
  id,
  '软件技术',
  '2023级',
  '学习部',
  '干事',
  '共青团员',
];
const keys = (r: CheckResult) => r.issues.map((i) => i.messageKey);
const statusOf = (r: CheckResult) =>
  Object.fromEntries(r.members.map((v) => [v.member.name, v.status]));

describe('class grade summaries (item 1)', () => {
  it('reads every course column as a grade of the term the title names', () => {
    const r = check([union([member('202300', '学生0'), member('202309', '学生9')]), wide()]);
    expect(r.members).toHaveLength(2);
    expect(r.referenceTerm).toEqual({ startYear: 2024, term: 2 });
    const top = r.members.find((v) => v.member.name === '学生0')?.academic;
    expect(top).toMatchObject({ averagedCourses: 2, credits: 6, average: 95 });
    expect(top?.rank).toMatchObject({ rank: 1, cohortSize: 10, source: 'computed' });
    const last = r.members.find((v) => v.member.name === '学生9')?.academic;
    expect(last?.failed.map((f) => f.courseName)).toEqual(['高等数学', '大学英语']);
    expect(statusOf(r)).toEqual({ 学生0: 'eligible', 学生9: 'ineligible' });
    expect(keys(r)).toEqual(
      expect.arrayContaining([
        'input.wide.read',
        'input.wide.term',
        'input.wide.notCourses',
        'input.wide.classRank',
      ]),
    );
    expect(keys(r)).not.toContain('input.wide.noCredit');
  });

  it('takes the term from the sheet name, and says so when there is none', () => {
    const named = check([union([member('202300', '学生0')]), wide('2024-2025-1', null)]);
    expect(named.referenceTerm).toEqual({ startYear: 2024, term: 1 });
    const none = check([union([member('202300', '学生0')]), wide('Sheet2', null)]);
    expect(keys(none)).toContain('input.wide.noTerm');
  });

  it('weights courses without a credit 1 and says so', () => {
    const sheet: SheetGrid = {
      sheet: '2024-2025-2',
      rows: [
        ['学号', '姓名', '专业', '语文', '数学', '总分'],
        ['202300', '学生0', '软件技术', 90, 60, 150],
        ['202301', '学生1', '软件技术', 70, 70, 140],
      ],
    };
    const r = check([union([member('202300', '学生0')]), sheet]);
    expect(r.members[0]?.academic).toMatchObject({ credits: 2, average: 75 });
    const note = r.issues.find((i) => i.messageKey === 'input.wide.noCredit');
    expect(note?.params.courses).toBe('语文、数学');
  });

  it('lets a 补考 column clear a failure only in lenient mode', () => {
    const sheet: SheetGrid = {
      sheet: '2024-2025-2 成绩',
      rows: [
        ['学号', '姓名', '专业', '高等数学(4)', '高等数学补考', '英语(2)'],
        ['202300', '学生0', '软件技术', 50, 70, 80],
      ],
    };
    const r = check([union([member('202300', '学生0')]), sheet]);
    const failed = r.members[0]?.academic?.failed;
    expect(failed).toEqual([
      expect.objectContaining({ courseName: '高等数学', passedLater: true }),
    ]);
  });
});

describe('the union roster is the sheet with 部门 / 职务 (item 2)', () => {
  it('does not count a second sheet of 学号/姓名/专业 as members', () => {
    const classList: SheetGrid = {
      sheet: '班级名单',
      rows: [
        ['学号', '姓名', '专业', '班级'],
        ['202305', '学生5', '软件技术', '1班'],
        ['202306', '学生6', '软件技术', '1班'],
      ],
    };
    const r = check([classList, union([member('202300', '学生0')]), wide()]);
    expect(r.members.map((v) => v.member.name)).toEqual(['学生0']);
    const note = r.issues.find((i) => i.messageKey === 'input.roster.notUnion');
    expect(note?.params).toMatchObject({ sheet: '班级名单', roster: '学生会名单', count: 2 });
    expect(r.rosters.map((s) => s.mapping.sheet)).toEqual(['学生会名单']);
  });
});

describe('部门 and 职务 in one cell (item 3)', () => {
  const header = ['姓名', '学号', '专业', '年级', '部门职务', '政治面貌'];
  const row = (id: string, post: string): Row => [
    `学生${id}`,
    id,
    '软件技术',
    '2023级',
    post,
    '共青团员',
  ];

  it('splits them at a known title and runs the department rules', () => {
    const posts = ['学习部部长', '秘书处 干事', '主席团 主席', '主席团主席', '文体部副部长'];
    const r = check([
      { sheet: '名单', rows: [header, ...posts.map((p, i) => row(`20230${i}`, p))] },
      wide(),
    ]);
    const post = r.members.map((v) => `${v.member.department ?? ''}/${v.member.title ?? ''}`);
    expect(post).toEqual([
      '学习部/部长',
      '秘书处/干事',
      '主席团/主席',
      '主席团/主席',
      '文体部/副部长',
    ]);
    expect(r.skipped.map((s) => s.code)).not.toContain('departments');
    expect(r.departments.map((d) => d.name).sort()).toEqual(['学习部', '文体部', '秘书处'].sort());
    expect(keys(r)).toContain('input.post.split');
  });

  it('reports a value it cannot split instead of guessing', () => {
    const r = check([
      { sheet: '名单', rows: [header, row('202300', '学习部部长'), row('202301', '学习委员会长')] },
      wide(),
    ]);
    const issue = r.issues.find((i) => i.messageKey === 'input.post.unsplit');
    expect(issue?.params).toMatchObject({ row: 3, col: 'E', value: '学习委员会长' });
  });
});

describe('rosters without 学号 (item 4)', () => {
  const header = ['姓名', '班级', '部门', '职务', '政治面貌'];
  const grades = (extra: Row[] = []): SheetGrid => {
    const rows: Row[] = [];
    for (let i = 0; i < 10; i++)
      rows.push([
        '2024-2025-2',
        '高等数学',
        4,
        `20230${i}`,
        `学生${i}`,
        '软件技术',
        '1班',
        95 - i * 5,
      ]);
    return {
      sheet: '成绩',
      rows: [
        ['学年学期', '课程名称', '学分', '学号', '姓名', '专业', '班级', '成绩'],
        ...rows,
        ...extra,
      ],
    };
  };

  it('matches members to the grades by 姓名 + 班级', () => {
    const r = check([
      { sheet: '名单', rows: [header, ['学生0', '1班', '学习部', '干事', '共青团员']] },
      grades(),
    ]);
    expect(r.members[0]?.member).toMatchObject({ studentId: '202300', keyedBy: 'name-class' });
    expect(r.members[0]?.academic?.rank?.rank).toBe(1);
    expect(r.members[0]?.status).toBe('eligible');
    expect(keys(r)).toContain('input.keyless.matched');
  });

  it('matches through a class summary whose title names the class', () => {
    const r = check([
      {
        sheet: '名单',
        rows: [header, ['学生3', '软件技术2023级1班', '学习部', '干事', '共青团员']],
      },
      wide(),
    ]);
    expect(r.members[0]?.member.studentId).toBe('202303');
    expect(r.members[0]?.academic?.average).toBe(80);
  });

  it('leaves ambiguous names 待核实 and says why', () => {
    const r = check([
      {
        sheet: '名单',
        rows: [
          header,
          ['学生1', '1班', '学习部', '干事', '共青团员'],
          ['同名', '1班', '学习部', '干事', '共青团员'],
          ['双人', '1班', '学习部', '干事', '共青团员'],
          ['双人', '1班', '文体部', '干事', '共青团员'],
          ['查无', '1班', '学习部', '干事', '共青团员'],
        ],
      },
      grades([
        ['2024-2025-2', '高等数学', 4, '202388', '同名', '软件技术', '1班', 80],
        ['2024-2025-2', '高等数学', 4, '202399', '同名', '软件技术', '1班', 85],
      ]),
    ]);
    const why = (name: string) =>
      r.findings
        .filter((f) => f.subject.kind === 'member' && f.subject.name === name && f.code === 'rank')
        .map((f) => f.messageKey);
    expect(r.members.map((v) => v.status)).toEqual([
      'eligible',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(why('同名')).toEqual(['rule.keyless.sameNameInGrades']);
    expect(why('双人')).toEqual(['rule.keyless.sameNameInRoster', 'rule.keyless.sameNameInRoster']);
    expect(why('查无')).toEqual(['rule.keyless.notFound']);
    const same = r.findings.find((f) => f.messageKey === 'rule.keyless.sameNameInGrades');
    expect(same?.evidence.studentIds).toBe('202388、202399');
  });
});
