import type { AcademicRecord, RankInfo } from '../academic/types';
import { academicText } from './academicText';

function recordWith(rank: RankInfo | undefined, average?: number): AcademicRecord {
  return {
    studentId: '001',
    gradeRows: 8,
    averagedCourses: 8,
    credits: 24,
    failed: [],
    ...(rank ? { rank } : {}),
    ...(average === undefined ? {} : { average }),
  };
}

describe('academicText: the rank cell says where the rank came from', () => {
  const computed: RankInfo = {
    rank: 4,
    cohortSize: 30,
    percent: (4 / 30) * 100,
    source: 'computed',
    cohortLabel: '会计 / 2023级',
  };

  it('a computed rank names the credit-weighted average and the cohort size', () => {
    expect(academicText(recordWith(computed, 78.5), 'zh').rank).toBe(
      '4/30（13.3%），按学分加权平均 78.50 计算（会计 / 2023级，30 人）',
    );
    expect(academicText(recordWith(computed, 78.5), 'en').rank).toBe(
      '4/30 (13.3%), computed from the credit-weighted average 78.50 (会计 / 2023级, 30 students)',
    );
  });

  it('a rank from the school’s column says so, with or without a cohort size', () => {
    const school: RankInfo = { ...computed, source: 'school' };
    expect(academicText(recordWith(school, 78.5), 'zh').rank).toBe('4/30（13.3%），学校综合排名');
    const percentOnly: RankInfo = { percent: 8, source: 'school', cohortLabel: '会计' };
    expect(academicText(recordWith(percentOnly), 'zh').rank).toBe('前 8%，学校综合排名');
  });

  it('leaves the cell empty without a rank', () => {
    expect(academicText(recordWith(undefined, 70), 'zh').rank).toBe('');
  });
});
