import type { Row } from '../cells';
import { presetPolicy } from '../policy/presets';
import type { SheetGrid } from '../tables';
import { checkSheets } from './checkSheets';
import { Collector } from './collector';
import { discoverWorkbook } from './discover';

const ROSTER_HEADER = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'];
const GRADE_HEADER = ['学年', '学期', '课程名称', '学分', '学号', '姓名', '专业', '年级', '成绩'];

function roster(rows: Row[], title = true): SheetGrid {
  return {
    sheet: '学生会名单',
    rows: [...(title ? [['2025学年学生会名单'], []] : []), ROSTER_HEADER, ...rows],
  };
}

/** Ten students of one cohort with averages 95, 90, ... 50 (one course each, 3 credits). */
function grades(extra: Row[] = []): SheetGrid {
  const rows: Row[] = [];
  for (let i = 0; i < 10; i++)
    rows.push([
      '2025-2026',
      '1',
      '高等数学',
      3,
      `20230${i}`,
      `学生${i}`,
      '软件技术',
      '2023级',
      95 - i * 5,
    ]);
  return { sheet: '成绩', rows: [GRADE_HEADER, ...rows, ...extra] };
}

const member = (id: string, name: string, political = '共青团员', title = '干事'): Row => [
  name,
  id,
  '软件技术',
  '2023级',
  '学习部',
  title,
  political,
];

describe('checkSheets', () => {
  const policy = presetPolicy('national-school');

  it('decides each member from the rules of section 1', () => {
    const outcome = checkSheets(
      [
        roster([
          member('202300', '学生0'), // rank 1 of 10: top 30% = 3
          member('202309', '学生9'), // rank 10, and 50 fails
          member('202301', '学生1', '群众'),
          member('209999', '无成绩'),
        ]),
        grades(),
      ],
      policy,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const status = Object.fromEntries(outcome.value.members.map((v) => [v.member.name, v.status]));
    expect(status).toEqual({
      学生0: 'eligible',
      学生9: 'ineligible',
      学生1: 'ineligible',
      无成绩: 'pending',
    });
    const codes = (name: string) =>
      outcome.value.findings
        .filter(
          (f) => f.subject.kind === 'member' && f.subject.name === name && f.severity !== 'info',
        )
        .map((f) => f.code)
        .sort();
    expect(codes('学生9')).toEqual(['failed', 'rank']);
    expect(codes('学生1')).toEqual(['political']);
  });

  it('reports a workbook without a roster as an input error naming what it read', () => {
    const outcome = checkSheets([grades()], policy);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues[0]).toMatchObject({ severity: 'error', messageKey: 'input.noRoster' });
    expect(outcome.issues[0]?.params.sheets).toContain('成绩');
  });

  it('keeps the first of two rows with the same 学号 and says so', () => {
    const outcome = checkSheets(
      [roster([member('202300', '学生0'), member('202300', '学生零')]), grades()],
      policy,
    );
    if (!outcome.ok) throw new Error('must check');
    expect(outcome.value.members).toHaveLength(1);
    expect(outcome.value.issues.map((i) => i.messageKey)).toContain('input.duplicateMemberName');
  });

  it('flags an empty roster as an error', () => {
    const outcome = checkSheets([roster([]), grades()], policy);
    expect(outcome.ok ? [] : outcome.issues.map((i) => i.messageKey)).toEqual([
      'input.rosterEmpty',
    ]);
  });
});

describe('Collector', () => {
  it('asks only for the columns its tables map, and every roster column', () => {
    const sheets = [roster([member('202300', '学生0')], false), grades()];
    const { mappings } = discoverWorkbook(sheets);
    const collector = new Collector(presetPolicy(), mappings);
    expect(collector.columnsFor(undefined, '学生会名单')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(collector.columnsFor(undefined, '成绩')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(collector.columnsFor(undefined, '别的表')).toBeNull();
  });

  it('ignores rows above a table and keeps grade sums, not rows', () => {
    const sheets = [roster([member('202300', '学生0')]), grades()];
    const { mappings } = discoverWorkbook(sheets);
    const collector = new Collector(presetPolicy(), mappings);
    for (const s of sheets) s.rows.forEach((r, i) => collector.push(undefined, s.sheet, i + 1, r));
    const collected = collector.finish();
    expect(collected.members.map((m) => m.studentId)).toEqual(['202300']);
    expect(collected.gradeRows).toBe(10);
    expect(collected.academic.studentCount).toBe(10);
  });
});
