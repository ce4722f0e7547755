import { discoverTables } from './discoverTables';
import { sheet } from './sheets.fixture';

const UPPER = ['学号', '姓名', '学期', '课程名称', '学分', '成绩'];
const DATA = ['2023001', '甲', '2024-2025-1', '高等数学', 4];

describe('discoverTables: two-row headers', () => {
  it('reads 成绩 merged over 初修 | 补考 as the first score and the make-up score', () => {
    const [t] = discoverTables(
      sheet('成绩', [
        [...UPPER, null],
        [null, null, null, null, null, '初修', '补考'],
        [...DATA, 50, 70],
      ]),
    );
    expect([t?.headerRow, t?.firstDataRow]).toEqual([1, 3]);
    expect(t?.columns).toMatchObject({ score: 6, makeupScore: 7 });
  });

  it('takes 总评 as the grade wherever it stands under 成绩, never 平时 or 期末', () => {
    const [t] = discoverTables(
      sheet('成绩', [
        [...UPPER, null, null],
        [null, null, null, null, null, '平时', '期末', '总评'],
        [...DATA, 90, 40, 55],
      ]),
    );
    expect(t?.columns.score).toBe(8);
    expect(t?.firstDataRow).toBe(3);
  });

  it('reads the merge the same when the reader repeats its text across the merged cells', () => {
    const [t] = discoverTables(
      sheet('成绩', [
        [...UPPER, '成绩'],
        ['学号', '姓名', '学期', '课程名称', '学分', '初修', '补考'],
        [...DATA, 50, 70],
      ]),
    );
    expect(t?.columns).toMatchObject({ studentId: 1, score: 6, makeupScore: 7 });
    expect(t?.firstDataRow).toBe(3);
  });

  it('names no grade column when the sub-columns are only 期末 and 平时', () => {
    const [t] = discoverTables(
      sheet('成绩', [
        [...UPPER, null],
        [null, null, null, null, null, '期末', '平时'],
        [...DATA, 50, 70],
      ]),
    );
    expect(t?.columns.score).toBeUndefined();
    expect(t?.missing).toContain('score');
    expect(t?.headers.map((h) => h.text)).toContain('期末成绩');
  });

  it('does not take a data row with words under its cells for a second header row', () => {
    const [t] = discoverTables(
      sheet('成绩', [
        [...UPPER, '补考成绩'],
        [...DATA, '缺考', '补考'],
      ]),
    );
    expect(t?.firstDataRow).toBe(2);
  });

  it('reads a class summary with each course merged over 成绩 | 学分 | 补考', () => {
    const [t] = discoverTables(
      sheet('2024-2025-1成绩汇总', [
        ['学号', '姓名', '高等数学', null, null, '大学英语', null, '总分'],
        [null, null, '成绩', '学分', '补考', '成绩', '学分', null],
        ['2023001', '甲', 50, 4, 70, 90, 3, 140],
        ['2023002', '乙', 80, 4, null, 85, 3, 165],
      ]),
    );
    expect(t?.firstDataRow).toBe(3);
    expect(t?.wide?.courses).toEqual([
      { col: 3, name: '高等数学', credit: 4, makeupCol: 5 },
      { col: 6, name: '大学英语', credit: 3 },
    ]);
  });
});
