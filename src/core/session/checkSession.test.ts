import type { Row } from '../cells';
import { presetPolicy } from '../policy/presets';
import { startCheck } from './checkSession';
import { HEAD_ROWS } from './sheetFeed';

const ROSTER_HEADER = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'];
const GRADE_HEADER = ['学年', '学期', '课程名称', '学分', '学号', '姓名', '专业', '年级', '成绩'];
const member = (id: string, name: string): Row => [
  name,
  id,
  '软件技术',
  '2023级',
  '学习部',
  '干事',
  '共青团员',
];
const grade = (id: string, score: number): Row => [
  '2025-2026',
  '1',
  '高等数学',
  3,
  id,
  '某',
  '软件技术',
  '2023级',
  score,
];

describe('CheckSession', () => {
  const policy = presetPolicy('national-school');

  it('reads a row far below the head without sizing anything by its number', () => {
    const session = startCheck(policy);
    session.addSheet({ sheet: '名单' }, [ROSTER_HEADER, member('202301', '甲')]);
    const feed = session.sheet({ sheet: '成绩' });
    feed.row(1, GRADE_HEADER);
    feed.row(2, grade('202301', 90));
    // The last row Excel has: held rows are laid out densely, so this costs one row, not a million.
    feed.row(1_048_576, grade('202301', 40));
    feed.end();
    const outcome = session.finish();
    if (!outcome.ok) throw new Error('expected a result');
    const academic = outcome.value.members[0]?.academic;
    expect(academic?.gradeRows).toBe(2);
    expect(academic?.failed.map((f) => f.courseName)).toEqual(['高等数学']);
  });

  it('finds a sheet’s tables when asked, then passes later rows straight through', () => {
    const session = startCheck(policy);
    const feed = session.sheet({ sheet: '名单' });
    feed.rows(1, [['学生会名单'], [], ROSTER_HEADER]);
    const tables = feed.tables();
    expect(tables.map((t) => [t.kind, t.headerRow])).toEqual([['roster', 3]]);
    expect(feed.tables()).toBe(tables);
    feed.rows(4, [member('202301', '甲'), member('202302', '乙')]);
    feed.end();
    const outcome = session.finish();
    if (!outcome.ok) throw new Error('expected a result');
    expect(outcome.value.members.map((m) => m.member.name)).toEqual(['甲', '乙']);
  });

  it('finds tables once HEAD_ROWS rows have arrived, without waiting for the end', () => {
    const session = startCheck(policy);
    const feed = session.sheet({ sheet: '名单' });
    const blank: Row[] = Array.from({ length: HEAD_ROWS - 2 }, () => []);
    feed.rows(1, [ROSTER_HEADER, ...blank]);
    expect(session.review().found).toHaveLength(0);
    feed.row(HEAD_ROWS, member('202301', '甲'));
    expect(session.review().found.map((t) => t.kind)).toEqual(['roster']);
  });

  it('refuses in review, before any data row, when no sheet holds a roster', () => {
    const session = startCheck(policy);
    const feed = session.sheet({ sheet: '成绩' });
    feed.rows(1, [GRADE_HEADER]);
    feed.tables();
    const review = session.review();
    expect(review.issues.map((i) => [i.severity, i.messageKey])).toEqual([
      ['error', 'input.noRoster'],
    ]);
    expect(session.finish()).toEqual({ ok: false, issues: review.issues });
  });

  it('says the sheets held no data when every row given was blank', () => {
    const session = startCheck(policy);
    session.addSheet({ file: 'a.xlsx', sheet: 'Sheet1' }, [[], [null, ''], []]);
    const outcome = session.finish();
    expect(outcome.ok ? [] : outcome.issues.map((i) => [i.messageKey, i.params.sheets])).toEqual([
      ['input.noData', 'a.xlsx「Sheet1」'],
    ]);
  });

  it('lists discovery’s notes before the engine’s own', () => {
    const session = startCheck(policy);
    session.addSheet({ sheet: '名单' }, [ROSTER_HEADER, member('202301', '甲'), member('', '乙')]);
    // A grade table without 成绩 is left out with a warning; the check still runs.
    session.addSheet({ sheet: '成绩' }, [
      GRADE_HEADER.slice(0, 8),
      grade('202301', 90).slice(0, 8),
    ]);
    const outcome = session.finish();
    if (!outcome.ok) throw new Error('expected a result');
    const keys = outcome.value.issues.map((i) => i.messageKey);
    const discovery = session.review().issues.map((i) => i.messageKey);
    expect(discovery.length).toBeGreaterThan(0);
    expect(keys.slice(0, discovery.length)).toEqual(discovery);
    expect(keys.length).toBeGreaterThan(discovery.length);
  });
});
