import { unionResult } from '../../../test/report/unionFixture';
import { departmentSheet } from './departmentSheet';
import type { ModelSheet } from './sheetModel';

const values = (sheet: ModelSheet, row: number): unknown[] =>
  (sheet.rows[row - 1] ?? []).map((c) => c?.value);

function rowOf(sheet: ModelSheet, first: string, after = 0): number {
  const i = sheet.rows.findIndex((r, n) => n >= after && r[0]?.value === first);
  if (i < 0) throw new Error(`no row starting with ${first}`);
  return i + 1;
}

describe('部门统计 pictures', () => {
  const result = unionResult();
  const sheet = departmentSheet(result, 'zh', '部门统计');

  it('scales the heads and staff bars from 0 to the limit and paints the count that breaks it', () => {
    const study = rowOf(sheet, '学习部');
    const culture = rowOf(sheet, '文体部');
    const last = rowOf(sheet, '宣传部');
    expect(sheet.dataBars).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ range: `B${study}:B${last}`, min: 0, max: 3 }),
        expect.objectContaining({ range: `D${study}:D${last}`, min: 0, max: 6 }),
        expect.objectContaining({ range: `G${study}:G${last}`, min: 0 }),
      ]),
    );
    expect(sheet.rows[study - 1]?.[3]).toMatchObject({ value: 7, style: 'over' });
    expect(sheet.rows[study - 1]?.[1]?.style).toBeUndefined();
    expect(sheet.rows[culture - 1]?.[1]).toMatchObject({ value: 1, style: 'over' });
    expect(sheet.rows[last - 1]?.[3]?.style).toBeUndefined();
  });

  it('adds 成员构成: 政治面貌 and rank bands with counts, shares and bars from 0 to 100%', () => {
    const political = rowOf(sheet, '政治面貌');
    expect(values(sheet, political)).toEqual(['政治面貌', '人数', '占比']);
    expect(values(sheet, political + 3)).toEqual(['共青团员', 9, 9 / 15]);
    const politicalTotal = rowOf(sheet, '合计', political);
    expect(values(sheet, politicalTotal)).toEqual(['合计', result.members.length]);
    const rank = rowOf(sheet, '成绩排名');
    expect(sheet.rows.slice(rank, rank + 4).map((r) => [r[0]?.value, r[1]?.value])).toEqual([
      ['前 10%', 1],
      ['前 10%–30%', 2],
      ['30% 以后', 7],
      ['无排名', 5],
    ]);
    expect(sheet.rows[rank]?.[2]?.numFmt).toBe('percent1');
    expect(sheet.dataBars).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          range: `C${political + 1}:C${politicalTotal - 1}`,
          min: 0,
          max: 1,
        }),
        expect.objectContaining({ range: `C${rank + 1}:C${rank + 4}`, min: 0, max: 1 }),
      ]),
    );
  });

  // 其他职务 is part of the non-head seats, not a third group beside them: the total is every row.
  it('totals each department as its heads plus every other row, the unrecognised titles among them', () => {
    const departments = result.departments.map((d) =>
      d.name === '宣传部' ? { ...d, staff: 2, other: 1 } : d,
    );
    const sheet = departmentSheet({ ...result, departments }, 'zh', '部门统计');
    const header = values(sheet, 3);
    const row = values(sheet, rowOf(sheet, '宣传部'));
    const at = (zh: string): unknown => row[header.indexOf(zh)];
    expect([at('负责人'), at('负责人以外成员'), at('其中职务不合规或未识别'), at('合计')]).toEqual([
      2, 2, 1, 4,
    ]);
  });

  it('leaves a bar unbounded above when the policy has no such limit', () => {
    const departments = result.departments.map((d) => ({
      ...d,
      limits: { headsMin: 2, headsMax: 3 },
    }));
    const open = departmentSheet({ ...result, departments }, 'en', 'Departments');
    const staffBar = open.dataBars?.find((b) => b.range.startsWith('D'));
    expect(staffBar).toEqual({
      range: expect.stringMatching(/^D\d+:D\d+$/),
      color: '#5B9BD5',
      min: 0,
    });
    expect(open.rows.some((r) => r[0]?.value === 'Political status')).toBe(true);
  });
});
