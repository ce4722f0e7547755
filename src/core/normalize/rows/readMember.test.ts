import { t } from '../../messages';
import { readMember } from './readMember';
import { mappingFor, refAt } from './tables.fixture';

const mapping = mappingFor('roster', [
  '序号',
  '姓名',
  '学号',
  '年级',
  '部门',
  '职务',
  '政治面貌',
  '级别',
  '综合排名',
  '专业人数',
]);

describe('readMember', () => {
  it('reads a full row', () => {
    const { record, issues } = readMember(
      [1, ' 张　三 ', 2531020101001, '2025级', '学习部', '部长', '共青团员', '校级', 5, 120],
      mapping,
      refAt(4),
    );
    expect(issues).toEqual([]);
    expect(record).toMatchObject({
      ref: { sheet: '表', row: 4 },
      studentId: '2531020101001',
      name: '张 三',
      entryYear: 2025,
      department: '学习部',
      title: '部长',
      political: 'league-member',
      politicalRaw: '共青团员',
      level: 'school',
      schoolRank: { rank: 5, cohortSize: 120, raw: '5' },
    });
  });

  it('gives no record and no issue for blank rows, notes and repeated headers', () => {
    const silent = [
      [],
      [null, '', '  '],
      ['注：名单截至9月'],
      ['序号', '姓名', '学号', '年级', '部门', '职务'],
      Array(10).fill('学生会成员名单'),
    ];
    for (const row of silent) expect(readMember(row, mapping, refAt(9))).toEqual({ issues: [] });
  });

  it('reports an unreadable or scientific 学号 with its cell; a lost one keeps the member, 待核实', () => {
    const { record, issues } = readMember([1, '张三', '2.53102E+12', '2025级'], mapping, refAt(7));
    expect(record).toMatchObject({
      name: '张三',
      studentId: '2.53102E+12（第7行）',
      unmatched: { messageKey: 'rule.studentId.digitsLost', params: { value: '2.53102E+12' } },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      messageKey: 'input.studentId.scientific',
      ref: { row: 7, col: 3 },
    });
    expect(t(issues[0]!.messageKey, 'zh', issues[0]!.params)).toContain('工作表「表」第 7 行 C 列');
    const odd = readMember([1, '张三', '未知'], mapping, refAt(8));
    expect(odd.issues[0]?.messageKey).toBe('input.studentId.unreadable');
    const none = readMember([1, '张三', null, '2025级'], mapping, refAt(8));
    expect(none.issues[0]).toMatchObject({
      messageKey: 'input.row.noStudentId',
      params: { col: 'C' },
    });
  });

  it('in an export of displayed text, 16+ digits all zeros after the 15th lost digits', () => {
    const displayed = { ...mapping, file: '名单.xls', displayed: true };
    const row = [1, '张三', '202300101012346000', '2023级'];
    const { record, issues } = readMember(row, displayed, { ...refAt(5), file: '名单.xls' });
    expect(record?.studentId).toBe('202300101012346000（第5行）');
    expect(record?.unmatched?.messageKey).toBe('rule.studentId.digitsLost');
    expect(issues.map((i) => i.messageKey)).toEqual(['input.studentId.digitsLost']);
    const zh = t(issues[0]!.messageKey, 'zh', issues[0]!.params);
    expect(zh).toContain('文件「名单.xls」工作表「表」第 5 行 C 列');
    expect(zh).toContain('学号列设为“文本”后重新导出');
    expect(t(issues[0]!.messageKey, 'en', issues[0]!.params)).toContain(
      'File "名单.xls", sheet "表", row 5, column C',
    );
    // A digit after the 15th, or 15 digits, is an exact ID; text in a workbook is as typed.
    for (const id of ['202300101012345678', '202300101012345', '1234567890123450'])
      expect(readMember([1, '张三', id], displayed, refAt(6)).record?.studentId).toBe(
        id === '1234567890123450' ? '1234567890123450（第6行）' : id,
      );
    expect(readMember(row, mapping, refAt(5)).record?.studentId).toBe('202300101012346000');
  });

  it('reports unknown values but keeps the member', () => {
    const { record, issues } = readMember(
      [1, '', '001', '大一', '学习部', '部长', '积极分子', '省级', '很好'],
      mapping,
      refAt(5),
    );
    expect(record).toMatchObject({ studentId: '001', name: '', political: 'unknown' });
    expect(record?.entryYear).toBeUndefined();
    expect(record?.level).toBeUndefined();
    expect(issues.map((i) => [i.messageKey, i.params.col])).toEqual([
      ['input.row.noName', 'B'],
      ['input.political.unknown', 'G'],
      ['input.level.unknown', 'H'],
      ['input.entryYear.unreadable', 'D'],
      ['input.rank.unreadable', 'I'],
    ]);
  });

  it('reads a missing 政治面貌 as missing without an issue', () => {
    const { record, issues } = readMember([1, '李四', '002'], mapping, refAt(6));
    expect(record?.political).toBe('missing');
    expect(issues).toEqual([]);
  });
});
