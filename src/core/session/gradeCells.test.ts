import type { Row } from '../cells';
import { presetPolicy } from '../policy/presets';
import { startCheck } from './checkSession';

const ROSTER = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'];
const GRADES = ['学号', '姓名', '学期', '课程名称', '学分', '成绩'];

/** Each member has one course with `value` in its score cell and one passed course. */
function check(values: readonly (string | Row[number])[]) {
  const session = startCheck(presetPolicy('national-school'));
  const ids = values.map((_, i) => `20231${String(i).padStart(2, '0')}`);
  session.addSheet({ sheet: '名单' }, [
    ROSTER,
    ...ids.map((id, i) => [`生${i}`, id, '软件技术', '2023级', '学习部', '干事', '共青团员']),
  ]);
  session.addSheet({ sheet: '成绩' }, [
    GRADES,
    ...values.map((v, i) => [ids[i], `生${i}`, '2024-2025-1', '高等数学', 4, v] as Row),
    ...ids.map((id, i) => [id, `生${i}`, '2024-2025-1', '英语', 2, 90] as Row),
  ]);
  const outcome = session.finish();
  if (!outcome.ok) throw new Error('expected a result');
  const r = outcome.value;
  return r.members.map((m) => {
    const failed = m.findingIndexes.map((k) => r.findings[k]).find((f) => f?.code === 'failed');
    return { status: m.status, failed };
  });
}

describe('grade cells that are not plain scores', () => {
  it('fails 缺考, 作弊, 取消资格 and a bare 取消; does not fail 免修 or 免考', () => {
    const got = check(['缺考', '作弊', '取消资格', '取消', '免修', '免考']);
    expect(got.map((m) => m.failed?.severity ?? 'none')).toEqual([
      'violation',
      'violation',
      'violation',
      'violation',
      'none',
      'none',
    ]);
  });

  it('puts a member whose grade cell cannot be read in 待核实, naming the cell', () => {
    const got = check(['A-', '#N/A', '补考']);
    for (const m of got) {
      expect(m.status).toBe('pending');
      expect([m.failed?.severity, m.failed?.messageKey]).toEqual([
        'pending',
        'rule.failed.unreadable',
      ]);
    }
    expect(got[0]?.failed?.evidence).toMatchObject({ count: 1, cells: '高等数学（成绩!F2：A-）' });
  });
});
