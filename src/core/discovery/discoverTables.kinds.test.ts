import { discoverTables } from './discoverTables';
import { sheet } from './sheets.fixture';

describe('discoverTables: other kinds', () => {
  it('reads a discipline register', () => {
    const [table] = discoverTables(
      sheet('处分', [
        ['序号', '学号', '姓名', '处分类型', '处分日期', '处分文号', '是否解除', '违纪事由'],
      ]),
    );
    expect(table).toMatchObject({
      kind: 'discipline',
      columns: { studentId: 2, name: 3, sanction: 4, date: 5, lifted: 7, reason: 8 },
      missing: [],
    });
  });

  it('reads register rows whose words match headers (警告处分, 未解除) as data, not a new table', () => {
    const header = ['学号', '姓名', '处分类别', '处分日期', '处分状态', '解除日期'];
    const tables = discoverTables(
      sheet('处分名单', [
        header,
        ['2023010101', '张伟', '记过', '2025-09-20', '未解除', ''],
        ['2023010102', '王芳', '警告处分', '2025-10-10', '未解除', ''],
        ['', '李娜', '严重警告处分', '2025-10-10', '已解除', '2026-01-10'],
      ]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'discipline', headerRow: 1, firstDataRow: 2 });
    expect(tables[0]?.lastDataRow).toBeUndefined();
  });

  it('still finds a second table stacked under the first with no gap', () => {
    const tables = discoverTables(
      sheet('Sheet1', [
        ['学号', '姓名', '处分类别', '处分日期', '是否解除'],
        ['2023010101', '张伟', '记过', '2025-09-20', '否'],
        ['学号', '姓名', '应到', '实到', '缺勤次数'],
        ['2023010101', '张伟', 10, 9, 1],
      ]),
    );
    expect(tables.map((t) => [t.kind, t.headerRow, t.lastDataRow])).toEqual([
      ['discipline', 1, 2],
      ['attendance', 3, undefined],
    ]);
  });

  it('reads attendance per event and attendance totals', () => {
    const [events] = discoverTables(sheet('签到', [['姓名', '活动名称', '日期', '签到情况']]));
    expect(events).toMatchObject({
      kind: 'attendance',
      columns: { name: 1, event: 2, date: 3, status: 4 },
    });
    const [totals] = discoverTables(sheet('考勤', [['学号', '姓名', '应到', '实到', '缺勤次数']]));
    expect(totals).toMatchObject({
      kind: 'attendance',
      columns: { studentId: 1, name: 2, required: 3, attended: 4, absent: 5 },
      missing: [],
    });
  });

  it('reads a delegate list and uses the title to tell it from a roster', () => {
    const rows = [['第五次学生代表大会代表名单'], ['序号', '姓名', '学号', '学院', '年级', '班级']];
    const [titled] = discoverTables(sheet('Sheet1', rows));
    expect(titled?.kind).toBe('delegates');
    const [withCadre] = discoverTables(
      sheet('Sheet1', [['姓名', '学院', '是否学生会骨干', '代表类别']]),
    );
    expect(withCadre).toMatchObject({
      kind: 'delegates',
      columns: { name: 1, college: 2, isCadre: 3, identity: 4 },
    });
  });
});
