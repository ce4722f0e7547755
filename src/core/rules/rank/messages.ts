import type { MessageTable } from '../../messages/types';

/**
 * The rank rule's title and findings (spread into the one catalogue by rules/registry.ts). Why the
 * academic core could not rank a student (`rule.rank.no*`, a finding's key) is in messages/academic.ts,
 * beside the core that names it.
 */
export const MESSAGES = {
  'rule.rank.title': { zh: '成绩排名', en: 'Academic rank' },
  'rule.rank.outside': {
    zh: '综合排名 {rank}/{cohortSize}（{percent}%），不在本专业前 {topPercent}%（前 {limitRank} 名）；由成绩表计算：学分加权平均 {averageShown}，排名范围 {cohort} 共 {cohortSize} 人',
    en: 'Rank {rank} of {cohortSize} ({percent}%) is outside the top {topPercent}% of the major (top {limitRank}); computed from the grade sheets: credit-weighted average {averageShown}, cohort {cohort} of {cohortSize} students',
  },
  'rule.rank.outsidePercent': {
    zh: '学校综合排名位于前 {percent}%，不在本专业前 {topPercent}%；排名取自学校的综合排名列',
    en: 'The school’s own rank is in the top {percent}%, outside the top {topPercent}% of the major; taken from the school’s 综合排名 column',
  },
  'rule.rank.noGradeRows': {
    zh: '成绩表中找不到该生（学号 {studentId}）的成绩，无法计算排名，待核实',
    en: 'No grade rows for student {studentId}, so no rank can be computed; needs checking',
  },
  'rule.rank.notComputable': {
    zh: '无法计算该生的排名，待核实',
    en: 'The student’s rank cannot be computed; needs checking',
  },
  'rule.rank.outsideSchool': {
    zh: '学校综合排名 {rank}/{cohortSize}（{percent}%），不在本专业前 {topPercent}%（前 {limitRank} 名）；排名取自学校的综合排名列',
    en: 'The school’s own rank {rank} of {cohortSize} ({percent}%) is outside the top {topPercent}% of the major (top {limitRank}); taken from the school’s 综合排名 column',
  },
} satisfies MessageTable;
