import { headerKey } from '../../normalize/text';
import { matchHeaders, recognisedAnywhere } from '../matchHeaders';
import type { FieldSpec } from '../types';
import { KIND_SPECS } from '.';

describe('synonym tables', () => {
  it('never lists one header key for two fields of the same kind', () => {
    for (const spec of KIND_SPECS) {
      const owner = new Map<string, string>();
      for (const [field, fs] of Object.entries<FieldSpec>(spec.fields)) {
        for (const text of fs.exact) {
          const key = headerKey(text);
          expect([spec.kind, key, owner.get(key) ?? field]).toEqual([spec.kind, key, field]);
          owner.set(key, field);
        }
      }
      for (const known of spec.known)
        expect([spec.kind, owner.has(headerKey(known))]).toEqual([spec.kind, false]);
    }
  });

  // Every header docs/RULES.md §4 lists (§4.1 roster, §4.2 grade-exports, §4.7 sanction-registers), by source; each must be read as a field or known as unread.
  const OBSERVED: Record<string, string[]> = {
    roster: [
      '序号',
      '姓名',
      '学号',
      '性别',
      '学院',
      '院系',
      '专业',
      '年级',
      '班级',
      '部门',
      '职务',
      '政治面貌',
      '联系电话',
      '联系方式',
      '级别',
    ],
    grades: [
      ...[
        '学年',
        '学期',
        '课程代码',
        '课程名称',
        '课程性质',
        '学分',
        '成绩备注',
        '绩点',
        '成绩性质',
        '是否学位课程',
      ],
      ...[
        '开课学院',
        '课程标记',
        '课程类别',
        '课程归属',
        '教学班',
        '任课教师',
        '考核方式',
        '学号',
        '姓名',
      ],
      ...[
        '学生标记',
        '成绩',
        '是否成绩作废',
        '学分绩点',
        '辅修标记',
        '补考成绩',
        '重修成绩',
        '学院名称',
        '备注',
      ],
      ...[
        '重修标记',
        '序号',
        '开课学期',
        '课程编号',
        '成绩标识',
        '总学时',
        '补重学期',
        '考试性质',
        '课程属性',
      ],
      ...[
        '学年学期',
        '上课专业',
        '上课年级',
        '上课班级',
        '总成绩',
        '修读类型',
        '取得方式',
        '成绩标志',
      ],
    ],
    discipline: [
      '处分类型',
      '处分等级',
      '处分名称',
      '处分结果',
      '处分日期',
      '处分时间',
      '处分文号',
      '是否解除',
      '解除情况',
      '违纪事由',
    ],
    attendance: [
      '活动名称',
      '会议名称',
      '日期',
      '签到情况',
      '出勤情况',
      '应到',
      '实到',
      '出勤次数',
      '缺勤次数',
    ],
    delegates: ['是否学生会骨干', '代表类别', '身份'],
  };

  it.each(Object.entries(OBSERVED))('recognises every observed %s header', (kind, headers) => {
    const spec = KIND_SPECS.find((s) => s.kind === kind)!;
    const known = new Set(spec.known.map(headerKey));
    const cells = headers.map((text, i) => ({ col: i + 1, text }));
    const match = matchHeaders(spec.kind, cells);
    const mapped = new Set(Object.values(match.columns));
    const unread = cells.filter((c) => !mapped.has(c.col) && !known.has(headerKey(c.text)));
    // Duplicated fields (课程性质 and 课程属性) leave the loser unmapped but still recognised.
    for (const c of unread) expect([c.text, recognisedAnywhere(c.text)]).toEqual([c.text, true]);
    expect(match.recognisedCells).toBe(cells.length);
  });
});
