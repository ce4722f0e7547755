import { addRoster, doubleFrom, gatewayFor, members, rosterOnlyPolicy } from './helpers';
import type { DoubleWorkbook } from '../excel-double';

/** What Excel's 移动或复制 (create a copy) does: a new sheet, new id, same cells and names. */
function copySheet(double: DoubleWorkbook, from: string, name: string): void {
  const source = double.sheet(from);
  const copy = double.addSheet({ name });
  for (const [row, line] of source.cells)
    for (const [col, c] of line) {
      const target = new Map(copy.cells.get(row) ?? []);
      target.set(col, JSON.parse(JSON.stringify(c)) as typeof c);
      copy.cells.set(row, target);
    }
  for (const [k, n] of source.names) copy.names.set(k, { ...n });
}

describe("a teacher's copy of a product sheet", () => {
  it('is never deleted by 清除标记 nor replaced by the next check', async () => {
    const double = await doubleFrom((wb) => void addRoster(wb, members(20, 3)));
    const gateway = gatewayFor(double);
    await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    copySheet(double, '检查报告', '检查报告 (2)');
    const copy = double.snapshot().sheets.find((s) => s.name === '检查报告 (2)');
    await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(double.snapshot().sheets.find((s) => s.name === '检查报告 (2)')).toEqual(copy);
    const cleared = await gateway.clearMarks();
    expect(cleared.reportSheets).toEqual(['检查报告', '部门统计']);
    expect(double.state.sheets.map((s) => s.name)).toEqual(['学生会名单', '检查报告 (2)']);
  });

  it('still recognises product sheets of a workbook written before ids were kept', async () => {
    const double = await doubleFrom((wb) => void addRoster(wb, members(20, 3)));
    const gateway = gatewayFor(double);
    await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    double.state.settings.delete('UnionCompliance.sheetIds');
    const cleared = await gateway.clearMarks();
    expect(cleared.reportSheets).toEqual(['检查报告', '部门统计']);
  });
});
