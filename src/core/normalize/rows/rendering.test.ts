import { t } from '../../messages';
import { INPUT_MESSAGES } from '../../messages/input';
import type { MessageTable } from '../../messages/types';
import { mappingFor, refAt } from './tables.fixture';
import { readAttendance } from './readAttendance';
import { readDelegate } from './readDelegate';
import { readGradeEntry } from './readGradeEntry';
import { readMember } from './readMember';
import { readSanction } from './readSanction';
import type { Issue } from '../../issue';

const grading = { passMark: 60, levelPoints: {} };

/** Bad rows for every reader: every issue they raise must render fully in both languages. */
function everyIssue(): Issue[] {
  const roster = mappingFor('roster', ['姓名', '学号', '年级', '政治面貌', '级别', '综合排名']);
  const grades = mappingFor('grades', [
    '学号',
    '学年学期',
    '课程名称',
    '学分',
    '成绩',
    '补考成绩',
    '修读类型',
    '年级',
    '是否成绩作废',
  ]);
  const discipline = mappingFor('discipline', [
    '学号',
    '姓名',
    '处分类型',
    '处分日期',
    '学年学期',
    '是否解除',
  ]);
  const attendance = mappingFor('attendance', ['学号', '姓名', '签到情况', '应到', '实到']);
  const delegates = mappingFor('delegates', ['学号', '姓名', '年级', '是否学生会骨干']);
  return [
    readMember(['', '2.5E+12', 'x'], roster, refAt(2)),
    readMember(['张三', '?', 'x'], roster, refAt(3)),
    readMember(['张三', null, 'x'], roster, refAt(4)),
    readMember(['', '001', '大一', '积极分子', '省级', '很好'], roster, refAt(5)),
    readGradeEntry(
      ['001', '去年', '数学', '两', 'A+', 'B', '辅修', '大一', '也许'],
      grades,
      refAt(6),
      grading,
    ),
    readGradeEntry(['001', '2024-2025-1', '', 2, 80], grades, refAt(7), grading),
    readSanction(['x1?', '王五', '记大过', '昨天', '去年', '也许'], discipline, refAt(8)),
    readSanction(['001', '王五', ''], discipline, refAt(9)),
    readSanction([null, null, '警告', '2025-01-01'], discipline, refAt(10)),
    readAttendance(['001', '张三', '开会'], attendance, refAt(11)),
    readAttendance(['001', '张三', null, null, null], attendance, refAt(12)),
    readAttendance(['001', '张三', null, 3, 5], attendance, refAt(13)),
    readAttendance(['001', '张三', null, null, 5], attendance, refAt(14)),
    readDelegate(['001', null, '大一', '也许'], delegates, refAt(15)),
  ].flatMap((r) => [...r.issues]);
}

describe('reader issues', () => {
  const issues = everyIssue();

  it('cover many distinct messages', () => {
    expect(new Set(issues.map((i) => i.messageKey)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(['zh', 'en'] as const)('render completely in %s', (lang) => {
    const inputMessages: MessageTable = INPUT_MESSAGES;
    for (const issue of issues) {
      expect(inputMessages[issue.messageKey]).toBeDefined();
      const text = t(issue.messageKey, lang, issue.params);
      expect([issue.messageKey, text]).toEqual([
        issue.messageKey,
        expect.not.stringMatching(/\{\w+\}/),
      ]);
      expect(text).toContain(`${issue.ref?.row ?? ''}`);
    }
  });
});
