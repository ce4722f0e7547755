import { halfPoints, suggestScores } from '../../src/core/appraisal/suggestions';
import { HNJT_2021_TEMPLATE, NATIONAL_TEMPLATE } from '../../src/core/appraisal/templates';
import type { AppraisedMember } from '../../src/core/appraisal/types';
import { t } from '../../src/core/messages';

const people: AppraisedMember[] = [
  { name: '甲', studentId: '1', department: '秘书处', title: '部长' },
  { name: '乙', studentId: '2', department: '秘书处', title: '副部长' },
  { name: '丙', studentId: '', department: '文体部', title: '部长' },
];

describe('suggestScores', () => {
  it('maps the rank percentile to points of the academic dimension', () => {
    const ranks = new Map([
      ['1', { percent: 4.2, rank: 5, cohortSize: 120 }],
      ['2', { percent: 45 }],
    ]);
    const out = suggestScores(people, NATIONAL_TEMPLATE, { ranks });
    const academic = NATIONAL_TEMPLATE.dimensions.findIndex((d) => d.name === '学习情况');
    expect(out.get('id:1')?.get(academic)?.points).toBe(20);
    expect(out.get('id:2')?.get(academic)?.points).toBe(16);
    expect(out.has('name:丙')).toBe(false);
    const s = out.get('id:1')?.get(academic);
    expect(s && t(s.basisKey, 'zh', s.params)).toBe('本专业成绩排名 5/120（前 4.2%）');
  });

  it('sums attendance by ID, or by a unique name when the sheet has no ID', () => {
    const attendance = [
      { ref: { sheet: '签到', row: 2 }, studentId: '1', attended: 9, required: 10 },
      { ref: { sheet: '签到', row: 3 }, studentId: '1', attended: 10, required: 10 },
      { ref: { sheet: '签到', row: 4 }, name: '丙', attended: 3, required: 5 },
      { ref: { sheet: '签到', row: 5 }, studentId: '2', attended: 0, required: 0 },
    ];
    const out = suggestScores(people, HNJT_2021_TEMPLATE, { attendance });
    const discipline = HNJT_2021_TEMPLATE.dimensions.findIndex((d) => d.name === '纪律作风');
    // 19/20 = 95% → 0.95 x 20 = 19; 3/5 = 60% → 0.6 x 20 = 12.
    expect(out.get('id:1')?.get(discipline)).toMatchObject({
      points: 19,
      params: { attended: 19, required: 20, percent: 95 },
    });
    expect(out.get('name:丙')?.get(discipline)?.points).toBe(12);
    expect(out.has('id:2')).toBe(false);
  });

  it('rounds to half points', () => {
    expect(halfPoints(15, 0.9)).toBe(13.5);
    expect(halfPoints(15, 0.95)).toBe(14.5);
  });
});
