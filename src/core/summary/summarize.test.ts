import type { Row } from '../cells';
import { checkSheets } from '../pipeline/checkSheets';
import { presetPolicy } from '../policy/presets';
import type { CheckResult } from '../result';
import type { SheetGrid } from '../tables';
import { otherLevelText } from './otherLevelText';
import { summarize } from './summarize';
import { windowLines } from './windowText';

const ROSTER_HEADER = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌', '级别'];
const GRADE_HEADER = ['学年', '学期', '课程名称', '学分', '学号', '姓名', '专业', '年级', '成绩'];

const member = (
  id: string,
  name: string,
  year: string,
  other: { title?: string; level?: string } = {},
): Row => [
  name,
  id,
  '软件技术',
  year,
  '学习部',
  other.title ?? '干事',
  '共青团员',
  other.level ?? '校级',
];

/** Ten 2023 students with averages 95 … 50 in 2025-2026-1, and one 2025 freshman. */
function grades(): SheetGrid {
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
  rows.push(['2025-2026', '1', '高等数学', 3, '202500', '新生', '软件技术', '2025级', 40]);
  rows.push(['2024-2025', '2', '线性代数', 2, '202300', '学生0', '软件技术', '2023级', 90]);
  return { sheet: '成绩', rows: [GRADE_HEADER, ...rows] };
}

function check(sheets: SheetGrid[]): CheckResult {
  const outcome = checkSheets(sheets, presetPolicy('national-school'));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.value;
}

const roster = (rows: Row[]): SheetGrid => ({ sheet: '名单', rows: [ROSTER_HEADER, ...rows] });

describe('summarize', () => {
  const result = check([
    roster([
      member('202300', '学生0', '2023级'), // rank 1: eligible
      member('202309', '学生9', '2023级'), // rank 10 and failed: ineligible
      member('202301', '学生1', '2023级', { title: '主席助理' }), // eligible, forbidden title
      member('202500', '新生', '2025级'), // freshman: exempt from rank, but 40 fails
      member('202502', '新生乙', '2025级'), // no grade rows: pending
      member('202308', '院级甲', '2023级', { level: '院级' }), // other level
    ]),
    grades(),
  ]);
  const summary = summarize(result);

  it('counts members by status, and rows of the other level apart', () => {
    expect(summary.counts).toMatchObject({
      checked: 5,
      eligible: 2,
      ineligible: 2,
      pending: 1,
      otherLevel: 1,
    });
    expect(otherLevelText(summary.otherLevel, 'zh')).toContain('另有 1 名院级学生会成员未检查');
  });

  it('counts every structure finding, a forbidden title on an eligible member included', () => {
    const codes = summary.structureFindings.map((i) => result.findings[i]?.code);
    expect(codes).toContain('titles');
    expect(codes).not.toContain('rank');
    expect(summary.counts.structureFindings).toBe(codes.length);
    const titled = summary.flaggedMembers.find((m) => m.studentId === '202301');
    expect(titled).toMatchObject({ status: 'eligible', reasons: [] });
    expect(titled?.posts).toHaveLength(1);
  });

  it('gives each member its reasons worst first, and a freshman one entry with a note', () => {
    const failing = summary.members.find((m) => m.studentId === '202309');
    expect(failing?.reasons.map((i) => result.findings[i]?.code)).toEqual(['rank', 'failed']);
    const freshman = summary.members.find((m) => m.studentId === '202500');
    expect(freshman?.reasons.map((i) => result.findings[i]?.code)).toEqual(['failed']);
    expect(freshman?.notes.map((i) => result.findings[i]?.code)).toEqual(['freshman']);
    expect(summary.flaggedMembers.filter((m) => m.studentId === '202500')).toHaveLength(1);
    expect(summary.notedMembers.map((m) => m.studentId)).not.toContain('202500');
  });

  it('lists flagged members worst first, in roster order within a status', () => {
    expect(summary.flaggedMembers.map((m) => m.studentId)).toEqual([
      '202309',
      '202500',
      '202502',
      '202301',
    ]);
  });

  it('shows every finding exactly once', () => {
    const order = [...summary.findingOrder].sort((a, b) => a - b);
    expect(order).toEqual(result.findings.map((_, i) => i));
  });

  it('states the terms each window covered and how to change it', () => {
    const rank = summary.windows.find((w) => w.code === 'rank');
    expect(rank?.window).toBe('last-year');
    expect(rank?.terms).toEqual([{ startYear: 2025, term: 1 }]);
    const lines = windowLines(summary.windows, 'zh', 'cli');
    expect(lines[0]).toBe('成绩排名、课业不及格、违纪处分检查范围：2025-2026-1（最近一个学年）');
    expect(lines[1]).toContain('rules.rank.window');
    const since = windowLines([{ code: 'rank', window: 'since-entry', terms: [] }], 'zh', 'pane');
    expect(since[0]).toContain('成绩中没有学期（入学以来）');
    expect(since[1]).toContain('设置 → 成员遴选条件 → 按哪段时间的成绩排名');
  });
});

describe('a check without any grade table (docs/RULES.md §1)', () => {
  const result = check([
    roster([member('202300', '学生0', '2023级'), member('202301', '学生1', '2023级')]),
    { sheet: '备注', rows: [['说明'], ['本表无成绩']] },
  ]);
  const summary = summarize(result);

  it('passes no member on rules that were not checked: each is 待核实 for rank and failed', () => {
    expect(summary.counts).toMatchObject({ checked: 2, eligible: 0, pending: 2 });
    for (const m of summary.members)
      expect(m.reasons.map((i) => result.findings[i]?.code)).toEqual(['rank', 'failed']);
  });

  it('says which sheets were read and why none was read as grades', () => {
    const rank = summary.notChecked.find((s) => s.code === 'rank');
    expect(rank?.messageKey).toBe('summary.skip.noGradeTable');
    expect(String(rank?.params?.sheetsZh)).toBe(
      '「名单」（学生会成员名单）、「备注」（未识别出表格）',
    );
    expect(result.gradeSearch?.sheets.map((s) => s.sheet)).toEqual(['名单', '备注']);
  });
});
