import { presetPolicy } from '../policy/presets';
import { checkSheets } from './checkSheets';

const header = ['姓名', '学号', '部门', '职务', '级别'];

function issuesOf(rows: (string | null)[][]) {
  const outcome = checkSheets([{ sheet: '名单', rows: [header, ...rows] }], presetPolicy());
  return outcome.ok ? [] : outcome.issues.map((i) => [i.messageKey, i.params]);
}

describe('a roster with no member to check says why', () => {
  it('no rows at all', () => {
    expect(issuesOf([])).toEqual([['input.rosterEmpty', { sheet: '名单', row: 1 }]]);
  });

  it('rows without a 学号: one error, then each row', () => {
    const issues = issuesOf([
      ['张三', null, '学习部', '部长', '校级'],
      ['李四', null, '学习部', '干事', '校级'],
    ]);
    expect(issues[0]).toEqual(['input.rosterNoIds', { sheet: '名单', row: 1, count: 2, col: 'B' }]);
    expect(issues.slice(1).map((i) => i[0])).toEqual([
      'input.row.noStudentId',
      'input.row.noStudentId',
    ]);
  });

  it('every member of the other union level', () => {
    expect(issuesOf([['张三', '001', '学习部', '部长', '院级']])).toEqual([
      [
        'input.rosterOtherLevel',
        { sheet: '名单', row: 1, count: 1, levelZh: '校级', levelEn: 'school-level' },
      ],
    ]);
  });
});
