import { checkSheets } from '../../src/core/pipeline';
import { buildReport } from '../../src/core/report/buildReport';
import { defaultSheetNames } from '../../src/core/report/names';
import { HIGHLIGHT } from '../../src/core/report/styles';
import type { Progress } from '../../src/excel/gateway';
import { rectA1 } from '../excel-double/a1';
import {
  addRoster,
  doubleFrom,
  gatewayFor,
  members,
  productMarks,
  rosterOnlyPolicy,
  type MemberSpec,
} from './helpers';

const extra: MemberSpec[] = [
  { name: '助理甲', id: '2023030299001', dept: '主席团', title: '主席助理', political: '共青团员' },
  { name: '空白乙', id: '2023030299002', dept: '部门3', title: '干事', political: '' },
  ...Array.from({ length: 8 }, (_, i) => ({
    name: `超员${i}`,
    id: `20230302990${10 + i}`,
    dept: '超员部',
    title: i === 0 ? '部长' : '干事',
    political: '共青团员',
  })),
];

async function workbook() {
  return doubleFrom((wb) => {
    const ws = addRoster(wb, [...members(20, 3), ...extra]);
    ws.addConditionalFormatting({
      ref: 'A4:A40',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['$A4>100'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00B050' } } },
        },
      ],
    });
    wb.addWorksheet('备注').getCell('B2').value = '老师自己的备注';
  });
}

describe('check through the gateway', () => {
  it('computes what the core computes in memory, writes the report and the three highlight colours', async () => {
    const double = await workbook();
    const policy = rosterOnlyPolicy();
    const expected = checkSheets(double.grids(), policy);
    if (!expected.ok) throw new Error('fixture must check');
    const progress: Progress[] = [];
    const answer = await gatewayFor(double).check({
      policy,
      lang: 'zh',
      onProgress: (p) => progress.push(p),
    });
    if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
    const { value: result } = answer;
    expect(result.findings).toEqual(expected.value.findings);
    expect(result.members.map((m) => [m.member.studentId, m.status])).toEqual(
      expected.value.members.map((m) => [m.member.studentId, m.status]),
    );
    expect(result.departments).toEqual(expected.value.departments);
    expect(answer.written).toEqual({ reportSheet: '检查报告' });

    const model = buildReport(expected.value, 'zh', {
      names: defaultSheetNames('zh'),
      generatedAt: '2025-12-01 09:30',
    });
    for (const sheet of model.sheets) {
      const written = double.sheet(sheet.name);
      sheet.rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          const got = written.cells.get(i + 1)?.get(j + 1);
          const want = cell?.value ?? (cell?.link ? cell.link.sheet : null);
          if (cell?.formula) expect(got?.formula).toBe(`=${cell.formula}`);
          else expect(got?.value ?? null).toEqual(want === '' ? null : want);
        }),
      );
    }

    const marks = productMarks(double, '学生会名单');
    const rowsOf = (ids: string[]): number[] =>
      ids.map(
        (id) => expected.value.members.find((m) => m.member.studentId === id)!.member.ref.row,
      );
    const byColour = (c: string): string[] =>
      marks.filter((m) => m.fill === c).flatMap((m) => m.rects.map(rectA1));
    const ineligible = rowsOf(
      expected.value.members
        .filter((m) => m.status === 'ineligible')
        .map((m) => m.member.studentId),
    );
    expect(ineligible).toHaveLength(3);
    expect(byColour(HIGHLIGHT.ineligible).sort()).toEqual(['A6:I8']);
    expect(byColour(HIGHLIGHT.pending)).toEqual([
      `A${rowsOf(['2023030299002'])[0]}:I${rowsOf(['2023030299002'])[0]}`,
    ]);
    const over = rowsOf(extra.filter((m) => m.dept === '超员部').map((m) => m.id));
    const title = rowsOf(['2023030299001'])[0]!;
    expect(byColour(HIGHLIGHT.overLimit).sort()).toEqual(
      [`G${over[0]}:G${over[over.length - 1]}`, `H${title}`].sort(),
    );
    expect(double.sheet('学生会名单').cfs.at(-1)?.formula).toBe('=$A4>100');

    const reads = progress.filter((p) => p.phase === 'read').at(-1)!.total;
    expect(double.stats.syncs).toBeLessThanOrEqual(4 + reads + 2);
    expect(progress.map((p) => p.phase)).toEqual(
      expect.arrayContaining(['discover', 'read', 'compute', 'write']),
    );
  });

  it('leaves the workbook exactly as before after 清除标记, even after two checks', async () => {
    const double = await workbook();
    const before = double.snapshot();
    const gateway = gatewayFor(double);
    await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(double.state.sheets.map((s) => s.name)).toEqual([
      '学生会名单',
      '备注',
      '检查报告',
      '部门统计',
    ]);
    expect(productMarks(double, '学生会名单').length).toBe(3);
    const cleared = await gateway.clearMarks();
    expect(cleared.removed).toBe(1 + 1 + 2);
    expect(cleared.reportSheets).toEqual(['检查报告', '部门统计']);
    expect(double.snapshot()).toEqual(before);
  });

  it("keeps a teacher's own 检查报告 and replaces only the product's sheet on the next run", async () => {
    const double = await workbook();
    double.addSheet({ name: '检查报告', rows: [['老师自己的检查报告']] });
    const gateway = gatewayFor(double);
    const first = await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(first.written?.reportSheet).toBe('检查报告 (2)');
    double.sheet('检查报告 (2)').name = '我改的名字';
    const second = await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(second.written?.reportSheet).toBe('检查报告 (2)');
    expect(double.state.sheets.map((s) => s.name)).toEqual([
      '学生会名单',
      '备注',
      '检查报告',
      '检查报告 (2)',
      '部门统计',
    ]);
    expect(double.sheet('检查报告').cells.get(1)?.get(1)?.value).toBe('老师自己的检查报告');
  });
});
