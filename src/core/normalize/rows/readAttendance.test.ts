import { mappingFor, refAt } from './tables.fixture';
import { readAttendance } from './readAttendance';

describe('readAttendance: one event per row', () => {
  const mapping = mappingFor('attendance', ['姓名', '学号', '活动名称', '日期', '签到情况']);

  it.each([
    ['出勤', 1, 1],
    ['迟到', 1, 1],
    ['缺勤', 0, 1],
    ['请假', 0, 0],
  ])('%s → %i of %i', (status, attended, required) => {
    const { record, issues } = readAttendance(
      ['张三', '001', '例会', '2025-03-04', status],
      mapping,
      refAt(2),
    );
    expect(issues).toEqual([]);
    expect(record).toEqual({ ref: refAt(2), studentId: '001', name: '张三', attended, required });
  });

  it('reports an unknown status and an empty one', () => {
    const odd = readAttendance(['张三', '001', '例会', '2025-03-04', '开会'], mapping, refAt(3));
    expect(odd.record).toBeUndefined();
    expect(odd.issues[0]).toMatchObject({
      messageKey: 'input.attendance.statusUnknown',
      params: { col: 'E', value: '开会' },
    });
    const empty = readAttendance(['张三', '001', '例会'], mapping, refAt(4));
    expect(empty.issues[0]?.messageKey).toBe('input.attendance.noCounts');
  });
});

describe('readAttendance: totals per person', () => {
  const mapping = mappingFor('attendance', ['姓名', '应到', '实到', '缺勤次数']);

  it('derives the missing count from the other two', () => {
    expect(readAttendance(['张三', 10, 8, null], mapping, refAt(2)).record).toMatchObject({
      attended: 8,
      required: 10,
    });
    expect(readAttendance(['张三', null, 8, 2], mapping, refAt(2)).record).toMatchObject({
      attended: 8,
      required: 10,
    });
    expect(readAttendance(['张三', '10次', null, '3'], mapping, refAt(2)).record).toMatchObject({
      attended: 7,
    });
    expect(readAttendance(['张三', 10, null, 3], mapping, refAt(2)).record).toMatchObject({
      attended: 7,
      required: 10,
    });
  });

  it('reports incomplete and impossible counts', () => {
    expect(readAttendance(['张三', null, 8], mapping, refAt(3)).issues[0]?.messageKey).toBe(
      'input.attendance.countsIncomplete',
    );
    const bad = readAttendance(['张三', 5, 8], mapping, refAt(4));
    expect(bad.issues[0]).toMatchObject({
      messageKey: 'input.attendance.countsInvalid',
      params: { attended: 8, required: 5 },
    });
  });

  it('skips 合计 rows', () => {
    expect(readAttendance(['合计', 100, 90], mapping, refAt(20))).toEqual({ issues: [] });
  });
});
