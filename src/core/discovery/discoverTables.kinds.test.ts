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
