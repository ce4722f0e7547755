import type { Row } from '../cells';
import { presetPolicy } from '../policy/presets';
import { departmentSheet } from '../report/departmentSheet';
import { checkSheets } from './checkSheets';

/** hnjt-2021's six departments with two 负责人 each, plus `extra` rows. */
function roster(extra: Row[]): Row[] {
  const six = ['秘书处', '文体部', '权益部', '学习部', '新闻传媒部', '心理部'];
  const rows: Row[] = [['姓名', '学号', '部门', '职务', '政治面貌']];
  six.forEach((dept, d) => {
    for (let i = 0; i < 2; i++)
      rows.push([`${dept}${i}`, `2023${d}${i}`, dept, '负责人', '共青团员']);
  });
  return [...rows, ...extra];
}

function check(extra: Row[]) {
  const outcome = checkSheets([{ sheet: '名单', rows: roster(extra) }], presetPolicy('hnjt-2021'));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.value;
}

describe('a department the preset does not name (不应设置的部门)', () => {
  const result = check([
    ['外联甲', '202390', '外联部', '负责人', '共青团员'],
    ['外联乙', '202391', '外联部', '负责人', '共青团员'],
  ]);

  it('is flagged as not to be set up, not as over a limit', () => {
    const outreach = result.departments.find((d) => d.name === '外联部');
    expect(outreach).toMatchObject({ notSetUp: true, breaksLimits: false });
    expect(result.departments.filter((d) => d.name !== '外联部').map((d) => d.notSetUp)).toEqual(
      Array(6).fill(undefined),
    );
  });

  it('is labelled 不应设置的部门 on 部门统计, while seven departments are also over the limit', () => {
    const sheet = departmentSheet(result, 'zh', '部门统计');
    const row = sheet.rows.find((r) => r[0]?.value === '外联部');
    expect(row?.[7]).toMatchObject({ value: '不应设置的部门', style: 'over' });
    const study = sheet.rows.find((r) => r[0]?.value === '学习部');
    expect(study?.[7]?.value).toBe('符合');
    // Seven departments break the count limit: a union finding, not this department's label.
    expect(result.findings.map((f) => f.messageKey)).toContain('rule.departments.over');
  });

  it('says 人数不符合规定 too when the department also breaks a limit', () => {
    const crowded = check(
      Array.from({ length: 4 }, (_, i): Row => [
        `外联${i}`,
        `20239${i}`,
        '外联部',
        '负责人',
        '共青团员',
      ]),
    );
    const sheet = departmentSheet(crowded, 'zh', '部门统计');
    const row = sheet.rows.find((r) => r[0]?.value === '外联部');
    expect(row?.[7]?.value).toBe('不应设置的部门；人数不符合规定');
  });
});
