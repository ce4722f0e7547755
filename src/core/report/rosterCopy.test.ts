import type { Row } from '../cells';
import { checkSheets } from '../pipeline/checkSheets';
import { presetPolicy } from '../policy/presets';
import type { CheckResult } from '../result';
import { buildReport } from './buildReport';
import type { ModelSheet } from './sheetModel';

// The teacher's order: reviewer columns scattered among the others.
const HEADER = [
  '序号',
  '姓名',
  '性别',
  '学号',
  '政治面貌',
  '部门',
  '职务',
  '专业',
  '班级',
  '联系电话',
];
const member = (seq: number, name: string, id: string, political: string, title: string): Row => [
  seq,
  name,
  '女',
  id,
  political,
  '学习部',
  title,
  '软件技术',
  '软件2301',
  `1380000000${seq}`,
];

function check(sheets: { sheet: string; rows: Row[] }[]): CheckResult {
  const grades: Row[] = [['学号', '课程名称', '学分', '成绩', '学年', '学期']];
  for (const id of ['202301', '202302', '202303', '202304'])
    grades.push([id, '高等数学', 2, 80, '2025-2026', '1']);
  const outcome = checkSheets([...sheets, { sheet: '成绩', rows: grades }], presetPolicy());
  if (!outcome.ok) throw new Error('must check');
  return outcome.value;
}

const copyOf = (result: CheckResult): { report: ModelSheet; copy: ModelSheet } => {
  const [report, copy] = buildReport(result, 'zh', { rosterCopy: true }).sheets as ModelSheet[];
  return { report: report!, copy: copy! };
};
const values = (row: readonly ({ value?: unknown } | undefined)[] | undefined): unknown[] =>
  (row ?? []).map((c) => c?.value ?? null);

describe('名单标注 puts what a reviewer reads first and prints just that', () => {
  const rows = [
    HEADER,
    member(1, '甲', '202301', '团员', '部长'),
    member(2, '乙', '202302', '群众', '副部长'),
    member(3, '丙', '202303', '团员', '干事'),
  ];
  const result = check([{ sheet: '名单', rows }]);
  const { report, copy } = copyOf(result);

  it('orders 学号 姓名 班级 专业 部门 职务, 检查结果 原因, the record, then the teacher’s other columns', () => {
    expect(values(copy.rows[0])).toEqual([
      '学号',
      '姓名',
      '班级',
      '专业',
      '部门',
      '职务',
      '检查结果',
      '原因',
      '加权平均分',
      '专业排名',
      '不及格课程',
      '序号',
      '性别',
      '政治面貌',
      '联系电话',
    ]);
  });

  it('keeps every cell of the teacher’s rows, each under its own header', () => {
    for (let r = 1; r < rows.length; r++) {
      const copied = copy.rows[r]!;
      const header = values(copy.rows[0]);
      HEADER.forEach((h, c) => {
        expect(copied[header.indexOf(h)]?.value).toBe(rows[r]![c]);
      });
    }
  });

  it('fills the ineligible row and links its findings to it after the reorder', () => {
    const styled = Object.entries(copy.rowStyles ?? {});
    expect(styled).toEqual([['3', 'violation']]);
    expect(copy.rows[2]?.[1]?.value).toBe('乙');
    expect(copy.rows[2]?.[6]?.value).toBe('不符合条件');
    expect(String(copy.rows[2]?.[7]?.value)).toContain('政治面貌');
    const links = report.rows.flatMap((r) => r.flatMap((c) => (c?.link ? [c.link] : [])));
    const toCopy = links.filter((l) => l.sheet === '名单标注');
    expect(toCopy.length).toBeGreaterThan(0);
    for (const l of toCopy) expect(copy.rows[l.row - 1]?.[0]?.value).toMatch(/^2023/);
  });

  it('prints landscape, fit to width, the header row repeated, over the reviewer columns only', () => {
    expect(copy.print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: '1:1',
      area: 'A1:H4',
    });
    expect(copy.columnWidths?.[7]).toBe(60); // 原因 reads without wrapping every word
  });
});

describe('名单标注 with other roster shapes', () => {
  it('a cell holding 部门 and 职务 is one column, copied once', () => {
    const { copy } = copyOf(
      check([
        {
          sheet: '名单',
          rows: [
            ['学号', '姓名', '部门职务', '政治面貌'],
            ['202301', '甲', '学习部部长', '团员'],
          ],
        },
      ]),
    );
    const header = values(copy.rows[0]);
    expect(header.filter((h) => h === '部门职务')).toHaveLength(1);
    expect(header.slice(0, 5)).toEqual(['学号', '姓名', '部门职务', '检查结果', '原因']);
    expect(copy.print?.area).toBe('A1:E2');
  });

  it('two rosters share the reviewer slots; a roster without 班级 leaves that slot blank', () => {
    const { copy } = copyOf(
      check([
        {
          sheet: '名单',
          rows: [
            ['学号', '姓名', '班级', '部门', '职务', '政治面貌'],
            ['202301', '甲', '软件2301', '学习部', '部长', '团员'],
          ],
        },
        {
          sheet: '名单2',
          rows: [
            ['姓名', '学号', '部门', '职务', '政治面貌', '备注'],
            ['乙', '202302', '文体部', '部长', '团员', '新任'],
          ],
        },
      ]),
    );
    const blocks = copy.rows.filter((r) => r[0]?.style === 'header').map(values);
    expect(blocks).toHaveLength(2);
    expect(blocks[1]?.slice(0, 7)).toEqual([
      '学号',
      '姓名',
      '',
      '部门',
      '职务',
      '检查结果',
      '原因',
    ]);
    const second = copy.rows.find((r) => r[1]?.value === '乙');
    expect(values(second).slice(0, 5)).toEqual(['202302', '乙', null, '文体部', '部长']);
    expect(values(second)).toContain('新任');
    expect(copy.print?.area).toBe(`A1:G${copy.rows.length - 1}`);
  });
});
