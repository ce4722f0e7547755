import { presetPolicy } from '../policy/presets';
import { checkSheets } from './checkSheets';

const roster = {
  sheet: '名单',
  rows: [
    ['姓名', '学号', '部门', '职务', '政治面貌'],
    ['张三', '0012', '学习部', '部长', '共青团员'],
    ['李四', '0345', '学习部', '干事', '共青团员'],
  ],
};

function zeroIssues(ids: readonly (string | number)[]) {
  const grades = {
    sheet: '成绩',
    rows: [
      ['学号', '姓名', '课程名称', '学分', '成绩', '学年学期'],
      ...ids.map((id) => [id, '某', '高等数学', 4, 80, '2024-2025-2']),
    ],
  };
  const outcome = checkSheets([roster, grades], presetPolicy());
  if (!outcome.ok) throw new Error('the check must run');
  return outcome.value.issues
    .filter((i) => i.messageKey === 'input.studentId.zerosLost')
    .map((i) => [i.ref?.row, i.params.studentId, i.params.gradeId]);
}

describe('leading zeros lost in the grade export', () => {
  it('names the roster row whose ID appears in the grades without its zeros', () => {
    expect(zeroIssues([12, '0345'])).toEqual([[2, '0012', '12']]);
  });

  it('says nothing when the IDs match', () => {
    expect(zeroIssues(['0012', '0345'])).toEqual([]);
  });
});
