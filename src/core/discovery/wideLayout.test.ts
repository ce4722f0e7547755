import { discoverTables } from './discoverTables';
import { sheet } from './sheets.fixture';
import { parseCourseHeader } from './courseHeader';
import { classInText, termInText } from './titleFacts';

const TITLE = '计算机应用技术2023级1班 2024-2025学年第二学期 成绩汇总表';

describe('class grade summaries (成绩汇总表)', () => {
  it('reads course headers with credits, numbers and 补考 columns', () => {
    expect(parseCourseHeader('高等数学(4)')).toEqual({ name: '高等数学', credit: 4 });
    expect(parseCourseHeader('大学英语（3学分）')).toEqual({ name: '大学英语', credit: 3 });
    expect(parseCourseHeader('4、综合英语')).toEqual({ name: '综合英语' });
    expect(parseCourseHeader('高等数学补考')).toEqual({ name: '', makeupOf: '高等数学' });
    expect(parseCourseHeader('补考')).toEqual({ name: '', makeupOf: '' });
  });

  it('finds the term and the class in a title or a sheet name', () => {
    expect(termInText(TITLE)).toEqual({ startYear: 2024, term: 2 });
    expect(termInText('2024-2025-2')).toEqual({ startYear: 2024, term: 2 });
    expect(termInText('2023-2024学年第一学期')).toEqual({ startYear: 2023, term: 1 });
    expect(termInText('Sheet1')).toBeUndefined();
    expect(termInText('2024-2025学年')).toBeUndefined();
    expect(classInText(TITLE)).toBe('计算机应用技术2023级1班');
  });

  it('takes a wide sheet under a title for grades, not for a second roster', () => {
    const [table, ...rest] = discoverTables(
      sheet('Sheet1', [
        [TITLE],
        [
          '序号',
          '学号',
          '姓名',
          '专业',
          '高等数学(4)',
          '大学英语（3学分）',
          '体育',
          '总分',
          '平均分',
          '名次',
        ],
        [1, '2023001', '张三', '计算机应用技术', 88, 52, '优秀', 140, 70, 2],
        [2, '2023002', '李四', '计算机应用技术', 91, 75, '良好', 166, 83, 1],
      ]),
    );
    expect(rest).toEqual([]);
    expect(table).toMatchObject({
      kind: 'grades',
      headerRow: 2,
      firstDataRow: 3,
      missing: [],
      columns: { studentId: 2, name: 3, major: 4 },
    });
    expect(table?.wide).toMatchObject({
      courses: [
        { col: 5, name: '高等数学', credit: 4 },
        { col: 6, name: '大学英语', credit: 3 },
        { col: 7, name: '体育' },
      ],
      term: { startYear: 2024, term: 2 },
      termFrom: { source: 'title' },
      className: '计算机应用技术2023级1班',
      entryYear: 2023,
      attempt: 'first',
    });
    expect(table?.wide?.summary.map((s) => s.text)).toEqual(['总分', '平均分', '名次']);
  });

  it('reads numbered headers, a 学分 row, a 补考 column and the term from the sheet name', () => {
    const [table] = discoverTables(
      sheet('2024-2025-1', [
        ['1、专业', '2、学号', '3、姓名', '4、综合英语', '5、会计基础', '补考', '6、班级排名'],
        ['学分', '', '', 4, 2, '', ''],
        ['会计', '2023101', '王五', 80, 55, 66, 3],
      ]),
    );
    expect(table).toMatchObject({
      kind: 'grades',
      firstDataRow: 3,
      columns: { major: 1, studentId: 2, name: 3 },
    });
    expect(table?.wide).toMatchObject({
      courses: [
        { col: 4, name: '综合英语', credit: 4 },
        { col: 5, name: '会计基础', credit: 2, makeupCol: 6 },
      ],
      term: { startYear: 2024, term: 1 },
      termFrom: { source: 'sheet', text: '2024-2025-1' },
    });
  });

  it('marks a 补考 sheet as make-up attempts', () => {
    const [table] = discoverTables(
      sheet('补考成绩', [
        ['学号', '姓名', '高等数学', '大学英语'],
        ['2023001', '张三', 61, ''],
        ['2023003', '赵六', '', 70],
      ]),
    );
    expect(table?.wide?.attempt).toBe('makeup');
  });

  it('leaves a roster with its own columns alone (no scores in them)', () => {
    const [table] = discoverTables(
      sheet('名单', [
        ['学号', '姓名', '宿舍楼', '兴趣爱好'],
        ['2023001', '张三', '东区3栋', '篮球'],
      ]),
    );
    expect(table?.wide).toBeUndefined();
  });

  it('keeps a roster with 部门 and 职务 a roster even when it has score-like columns', () => {
    const [table] = discoverTables(
      sheet('成绩', [
        ['学号', '姓名', '部门', '职务', '高等数学', '英语'],
        ['2023001', '张三', '学习部', '部长', 80, 90],
      ]),
    );
    expect(table).toMatchObject({ kind: 'roster' });
    expect(table?.wide).toBeUndefined();
  });
});
