import { presetPolicy } from '../../policy/presets';
import type { TableMapping } from '../../tables';
import { TranscriptReader } from './readTranscript';

const mapping: TableMapping<'grades'> = {
  kind: 'grades',
  file: '成绩单.xlsx',
  sheet: 'Sheet1',
  headerRow: 2,
  firstDataRow: 3,
  columns: { courseCode: 2, courseName: 3, score: 4, credit: 5 },
  headers: ['序号', '课程编号', '课程名称', '成绩', '学分'].map((text, i) => ({
    col: i + 1,
    text,
  })),
  confidence: 1,
  missing: [],
  subject: 'perBlock',
  subjectRow: 1,
};

describe('TranscriptReader', () => {
  const grading = presetPolicy('national-school').grading;

  it('reports a course row with no student line above it, naming file, sheet and row', () => {
    const reader = new TranscriptReader(mapping, grading);
    expect(reader.next([1, 'C01', '高等数学', 50, 4], 3)).toBeUndefined();
    expect(reader.issues.map((i) => [i.messageKey, i.ref])).toEqual([
      ['input.transcript.noStudent', { file: '成绩单.xlsx', sheet: 'Sheet1', row: 3 }],
    ]);
  });

  it('gives each course row to the student named last; headers and footers are not data', () => {
    const reader = new TranscriptReader(mapping, grading);
    const ids: (string | undefined)[] = [];
    const rows = [
      ['学号：2531020101001  姓名：张三  班级：23计应1班'],
      [1, 'C01', '高等数学', 50, 4],
      ['平均学分绩点：1.0'],
      ['学号：', '2531020101002', '姓名：', '李四'],
      ['序号', '课程编号', '课程名称', '成绩', '学分'],
      [1, 'C01', '高等数学', 90, 4],
    ];
    rows.forEach((row, k) => {
      const read = reader.next(row, k + 1);
      expect(reader.issues).toEqual([]);
      if (read) ids.push(`${read.studentId} ${read.name ?? ''}`);
    });
    expect(ids).toEqual(['2531020101001 张三', '2531020101002 李四']);
  });
});
