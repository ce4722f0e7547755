import { t } from '../messages';
import { describeMissing, describeNoTable } from './describeMissing';
import { discoverTables } from './discoverTables';

describe('describeMissing', () => {
  it('names the sheet, header row, missing header and the headers found instead', () => {
    const [table] = discoverTables({
      sheet: '名单',
      rows: [['学生会名单'], [], ['序号', '姓名', '部门', '职务']],
    });
    const issues = describeMissing(table!);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({ severity: 'error', ref: { sheet: '名单', row: 3 } });
    expect(t(issue!.messageKey, 'zh', issue!.params)).toBe(
      '工作表「名单」第 3 行是学生会成员名单的表头，但没有找到「学号」或「班级」列（找到的列：序号、姓名、部门、职务）。请添加该列，或在设置中指定对应的列。',
    );
    expect(t(issue!.messageKey, 'en', issue!.params)).toContain(
      'no "student ID" or "class" column (columns found: 序号, 姓名, 部门, 职务)',
    );
  });

  it('names alternatives together and reports each missing group once', () => {
    const [table] = discoverTables({
      sheet: 'S',
      file: 'a.xlsx',
      rows: [['学号', '姓名', '学分', '绩点', '考核方式']],
    });
    const issues = describeMissing(table!);
    expect(issues.map((i) => i.params.field)).toEqual(['「课程名称」或「课程代码」', '「成绩」']);
    expect(issues[0]?.ref).toEqual({ file: 'a.xlsx', sheet: 'S', row: 1 });
  });

  it('returns nothing for a complete table', () => {
    const [table] = discoverTables({ sheet: 'S', rows: [['学号', '姓名']] });
    expect(describeMissing(table!)).toEqual([]);
  });

  it('describes a sheet without a table', () => {
    const issue = describeNoTable({ sheet: '封面', rows: [] });
    expect(t(issue.messageKey, 'zh', issue.params)).toContain(
      '工作表「封面」中没有找到可识别的表格',
    );
  });
});
