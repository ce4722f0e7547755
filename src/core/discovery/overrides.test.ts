import type { SheetHead } from '../tables';
import { discoverTables } from './discoverTables';
import { applyOverrides } from './overrides';

const head: SheetHead = {
  file: 'a.xlsx',
  sheet: '名单',
  rows: [
    ['成员', '编号', '所在组', '担任'],
    ['姓名', '学号', '部门', '职务', '备注'],
    ['张三', '001', '学习部', '部长', ''],
  ],
};

describe('applyOverrides', () => {
  const found = discoverTables(head);

  it('sets columns, moving a column away from the field that had it', () => {
    const [m] = applyOverrides(found, [{ sheet: '名单', columns: { title: 5, department: null } }]);
    expect(m?.columns).toEqual({ name: 1, studentId: 2, title: 5 });
    expect(m?.confidence).toBe(1);
    const [moved] = applyOverrides(found, [{ sheet: '名单', columns: { name: 2 } }]);
    expect(moved?.columns).toEqual({ name: 2, department: 3, title: 4 });
    // Without 学号 a roster can still key members by 姓名 + 班级.
    expect(moved?.missing).toEqual(['studentId', 'className']);
  });

  it('re-reads the header at a new header row when the sheet head is given', () => {
    const [m] = applyOverrides(
      found,
      [{ sheet: '名单', headerRow: 1, columns: { name: 1, studentId: 2 } }],
      [head],
    );
    expect(m).toMatchObject({ headerRow: 1, firstDataRow: 2, columns: { name: 1, studentId: 2 } });
    expect(m?.headers.map((h) => h.text)).toEqual(['成员', '编号', '所在组', '担任']);
  });

  it('changes the kind and re-matches the found headers for it', () => {
    const [m] = applyOverrides(found, [{ sheet: '名单', kind: 'delegates' }]);
    expect(m).toMatchObject({ kind: 'delegates', columns: { name: 1, studentId: 2 }, missing: [] });
  });

  it('drops a table, ignores fields of another kind, and leaves other sheets alone', () => {
    expect(applyOverrides(found, [{ sheet: '名单', ignore: true }])).toEqual([]);
    const [m] = applyOverrides(found, [{ sheet: '名单', columns: { score: 5 } }]);
    expect(m?.columns).toEqual(found[0]?.columns);
    expect(applyOverrides(found, [{ sheet: '其他', ignore: true }])).toEqual(found);
    expect(applyOverrides(found, [{ sheet: '名单', file: 'b.xlsx', ignore: true }])).toEqual(found);
  });

  it('declares a table discovery missed', () => {
    const blank: SheetHead = {
      sheet: '数据',
      rows: [
        ['甲', '乙'],
        ['张三', '001'],
      ],
    };
    const tables = applyOverrides(
      discoverTables(blank),
      [{ sheet: '数据', kind: 'roster', headerRow: 1, columns: { name: 1, studentId: 2 } }],
      [blank],
    );
    expect(tables).toEqual([
      expect.objectContaining({
        kind: 'roster',
        sheet: '数据',
        headerRow: 1,
        firstDataRow: 2,
        columns: { name: 1, studentId: 2 },
        missing: [],
      }),
    ]);
  });
});
