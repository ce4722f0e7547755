import type { DoubleWorkbook } from '../excel-double';
import { sampleDouble, samplePolicy, settingsOf } from './appraisalFixture';
import { gatewayFor } from './helpers';
import { schoolPolicy, schoolWorkbook } from './school';

const check = { policy: schoolPolicy(), lang: 'zh' } as const;
const sheetOf = (double: DoubleWorkbook, name: string) =>
  double.snapshot().sheets.find((s) => s.name === name);
const names = (double: DoubleWorkbook) => double.snapshot().sheets.map((s) => s.name);

describe('a teacher’s copy of a product sheet (移动或复制) is the teacher’s', () => {
  it('a copy of 检查报告 made after the report was listed survives checks and 清除标记', async () => {
    const double = schoolWorkbook({ rows: 2_000, members: 40, flagged: 5 });
    const gateway = gatewayFor(double);
    await gateway.check(check);
    // The second check replaces the first report and lists its own by id (it had old highlights).
    const report = (await gateway.check(check)).written?.reportSheet ?? '';
    expect(report).toBe('检查报告');
    double.copySheet(report, '我的检查报告');
    double.setCell('我的检查报告', 'A1', { value: '老师改过的标题' });
    const copy = sheetOf(double, '我的检查报告');
    expect(copy?.names.map((n) => JSON.stringify(n)).join()).toContain('UnionCompliance_Owner');

    const again = await gateway.check(check);
    // The copy is neither replaced nor read as a roster; the product's report is.
    expect(again.written?.reportSheet).toBe('检查报告');
    expect(sheetOf(double, '我的检查报告')).toEqual(copy);
    const cleared = await gateway.clearMarks();
    expect(cleared.reportSheets).not.toContain('我的检查报告');
    expect(sheetOf(double, '我的检查报告')).toEqual(copy);
    expect(names(double)).not.toContain('检查报告');
  });

  it('a copy made right after the first check survives, and the product’s report is replaced', async () => {
    const double = schoolWorkbook({ rows: 2_000, members: 40, flagged: 5 });
    const gateway = gatewayFor(double);
    // The first check on a fresh workbook has no old highlights and no linked formulas: its
    // sheets' ids were listed only at the next write, so the copy and the original were alike.
    const first = (await gateway.check(check)).written?.reportSheet ?? '';
    expect(first).toBe('检查报告');
    double.copySheet(first);
    const copy = sheetOf(double, `${first} (2)`);
    const original = sheetOf(double, first);
    const again = await gateway.check(check);
    expect(sheetOf(double, `${first} (2)`)).toEqual(copy);
    expect(again.written?.reportSheet).toBe(first);
    const replaced = sheetOf(double, first);
    expect(replaced?.names).not.toEqual(original?.names); // the marker of the new run
    expect(
      names(double)
        .filter((n) => n.startsWith(first))
        .sort(),
    ).toEqual([first, `${first} (2)`]);
    const cleared = await gateway.clearMarks();
    expect(cleared.reportSheets).toContain(first);
    expect(cleared.reportSheets).not.toContain(`${first} (2)`);
    expect(sheetOf(double, `${first} (2)`)).toEqual(copy);
  });

  it('a grade sheet imported and copied at once: the copy stays, the import is replaced', async () => {
    const double = schoolWorkbook({ rows: 2_000, members: 40, flagged: 5 });
    const gateway = gatewayFor(double);
    const grid = {
      file: '补考成绩.xlsx',
      sheet: '成绩',
      rows: [
        ['学号', '课程名称', '成绩'],
        ['20230001', '高等数学', 75],
      ],
    };
    const [imported] = await gateway.insertSheets([grid]);
    double.copySheet(imported!, '成绩备份');
    const copy = sheetOf(double, '成绩备份');
    const [again] = await gateway.insertSheets([grid]);
    expect(again).toBe(imported);
    expect(sheetOf(double, '成绩备份')).toEqual(copy);
    expect(names(double).filter((n) => n === imported)).toHaveLength(1);
    expect(names(double)).not.toContain(`${imported!} (2)`);
  });

  it('a copied appraisal form is kept when the forms are generated again', async () => {
    const double = await sampleDouble();
    const gateway = gatewayFor(double);
    const options = { policy: samplePolicy(), settings: settingsOf(), lang: 'zh' as const };
    const generated = await gateway.appraisal(options);
    if (generated.status !== 'generated') throw new Error('expected forms');
    const form = generated.sheets[1]!;
    double.copySheet(form, '评分-复印');
    const copy = sheetOf(double, '评分-复印');
    const again = await gateway.appraisal({ ...options, overwrite: true });
    expect(again).toEqual(generated);
    expect(sheetOf(double, '评分-复印')).toEqual(copy);
    expect(names(double).filter((n) => n === form)).toHaveLength(1);
  });
});
