import type { Row } from '../cells';
import { checkSheets } from '../pipeline/checkSheets';
import { presetPolicy } from '../policy/presets';
import type { CheckResult } from '../result';
import { buildReport } from './buildReport';
import type { ModelSheet } from './sheetModel';

const header = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'];
const row = (name: string, id: string, dept: string, title: string, political = '团员'): Row => [
  name,
  id,
  '软件技术',
  '2023级',
  dept,
  title,
  political,
];

function result(): CheckResult {
  const members: Row[] = [
    row('=SUM(A1)', '202300', '学习部', '部长', '群众'),
    row('乙', '202301', '学习部', '副部长'),
    ...['丙', '丁', '戊', '己', '庚', '辛', '壬'].map((n, i) =>
      row(n, `20231${i}`, '学习部', '干事'),
    ),
    row('癸', '202320', '文体部', '部长'),
  ];
  const grades: Row[] = [['学号', '课程名称', '学分', '成绩', '学年', '学期']];
  [
    '202300',
    '202301',
    '202310',
    '202311',
    '202312',
    '202313',
    '202314',
    '202315',
    '202316',
    '202320',
  ].forEach((id, i) => grades.push([id, '高等数学', 2, 90 - i, '2025-2026', '1']));
  const outcome = checkSheets(
    [
      { sheet: '名单', rows: [header, ...members] },
      { sheet: '成绩', rows: grades },
    ],
    presetPolicy(),
  );
  if (!outcome.ok) throw new Error('must check');
  return outcome.value;
}

const text = (sheet: ModelSheet): string[] =>
  sheet.rows.flatMap((r) =>
    r.map((c) => (c?.value === undefined || c.value === null ? '' : String(c.value))),
  );

describe('buildReport', () => {
  const checked = result();
  const model = buildReport(checked, 'zh', { rosterCopy: true, generatedAt: '2026-11-22 09:00' });
  const [report, copy, departments] = model.sheets as [ModelSheet, ModelSheet, ModelSheet];

  it('writes 检查报告, 名单标注 and 部门统计', () => {
    expect(model.sheets.map((s) => s.name)).toEqual(['检查报告', '名单标注', '部门统计']);
  });

  it('lists every finding in one filterable table under the summary', () => {
    const table = report.tables?.[0];
    expect(table?.rowCount).toBe(checked.findings.length);
    const headerRow = report.rows[(table?.headerRow ?? 0) - 1];
    expect(headerRow?.map((c) => c?.value)).toEqual(
      expect.arrayContaining(['结论', '规则', '学号', '说明', '依据', '位置']),
    );
    expect(text(report)).toEqual(expect.arrayContaining(['学生会合规检查报告', '不符合条件']));
  });

  it('links member findings to their row in the annotated copy', () => {
    const firstFinding = report.rows[report.tables![0]!.headerRow];
    const link = firstFinding?.[10]?.link;
    expect(link?.sheet).toBe('名单标注');
    const target = copy.rows[link!.row - 1];
    expect(target?.[0]?.value).toBe(
      checked.findings[0]?.subject.kind === 'member'
        ? checked.findings[0].subject.studentId
        : undefined,
    );
  });

  it('fills ineligible rows and gives their reasons; a name like a formula stays a string value', () => {
    const ineligibleRows = Object.entries(copy.rowStyles ?? {}).filter(
      ([, s]) => s === 'violation',
    );
    expect(ineligibleRows.length).toBe(
      checked.members.filter((m) => m.status === 'ineligible').length,
    );
    const first = copy.rows[1];
    expect(first?.[1]).toEqual({ value: '=SUM(A1)' });
    expect(first?.[1]?.formula).toBeUndefined();
    expect(String(first?.[6]?.value)).toContain('政治面貌');
    expect(first?.[7]).toMatchObject({ value: 90, numFmt: 'decimal2' });
    expect(first?.[8]?.value).toBe(
      '1/10（10%），按学分加权平均 90.00 计算（软件技术 / 2023级，10 人）',
    );
  });

  it('flags the department with too many staff in 部门统计', () => {
    const rows = departments.rows.filter((r) => r[0]?.value === '学习部');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[7]).toMatchObject({ value: '人数不符合规定', style: 'over' });
    const culture = departments.rows.find((r) => r[0]?.value === '文体部');
    expect(culture?.[7]?.value).toBe('人数不符合规定'); // one head where 2 to 3 are required: not 超限
  });

  it('speaks English when asked', () => {
    const en = buildReport(checked, 'en');
    expect(en.sheets.map((s) => s.name)).toEqual(['Check report', 'Departments']);
    expect(text(en.sheets[0]!)).toContain('Student union compliance report');
  });
});
