import { ownerFormula, parseOwner, parseOwnerFormula, reportOwner } from './owner';

describe('product sheet markers', () => {
  it('reads back the key and token it wrote, quotes included', () => {
    const formula = ownerFormula('import:成绩 "期末".xlsx|Sheet1', 'k3x9');
    expect(parseOwnerFormula(formula)).toEqual({
      key: 'import:成绩 "期末".xlsx|Sheet1',
      token: 'k3x9',
    });
  });

  it('is not fooled by a teacher value that is not a marker', () => {
    expect(parseOwner('检查报告')).toBeUndefined();
    expect(parseOwner('report:检查报告')).toBeUndefined();
    expect(parseOwnerFormula('=SUM(A1:A3)')).toBeUndefined();
    expect(parseOwnerFormula(42)).toBeUndefined();
  });

  it('keys report sheets by role, whatever name they were written under', () => {
    const names = { report: '检查报告 (2)', roster: '名单标注', departments: '部门统计' };
    expect(reportOwner(names, '检查报告 (2)')).toBe('report:report');
    expect(reportOwner(names, '名单标注')).toBe('report:roster');
    expect(reportOwner(names, '部门统计')).toBe('report:departments');
    expect(reportOwner(names, '其他')).toBe('report:其他');
  });
});
