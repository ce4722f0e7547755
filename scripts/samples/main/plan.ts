import type { CohortSpec } from '../population';

export type { Plant, PlantId } from './plants';
export { PLANTS } from './plants';

/** The seed of the demo workbook; change it and every name, score and pick changes with it. */
export const MAIN_SEED = 20251201;

/** The export covers every term from each cohort's entry up to this one. */
export const LAST_TERM = { startYear: 2025, term: 1 } as const;

/** 联系服务学生人数: small enough that core-ratio (22 > 18) and the delegate share (15 < 18) fail. */
export const STUDENTS_SERVED = 1800;

export const COHORTS: readonly CohortSpec[] = [
  { major: '计算机应用技术', entryYear: 2023, size: 48 },
  { major: '计算机应用技术', entryYear: 2024, size: 118 },
  { major: '计算机应用技术', entryYear: 2025, size: 45 },
  { major: '软件技术', entryYear: 2023, size: 47 },
  { major: '软件技术', entryYear: 2024, size: 62 },
  { major: '机电一体化技术', entryYear: 2024, size: 56 },
  { major: '大数据与会计', entryYear: 2023, size: 38 },
  { major: '大数据与会计', entryYear: 2024, size: 71 },
  { major: '电子商务', entryYear: 2024, size: 32 },
];

/**
 * The union as the roster lists it: 主席团 plus seven 工作部门 (one too many). Titles in order;
 * a plant below pins some slots as `部门#index`.
 */
export const LAYOUT: readonly (readonly [string, readonly string[]])[] = [
  ['主席团', ['主席', '执行主席', '副主席', '副主席', '副主席', '副主席', '主席助理']],
  ['秘书处', ['秘书长', '部长', '副部长', '干事', '干事', '干事', '干事']],
  ['学习部', ['部长', '干事', '干事', '干事', '干事', '干事']],
  ['文体部', ['部长', '副部长', '副部长', '副部长', '干事', '干事', '干事', '干事']],
  ['权益部', ['部长', '副部长', '干事', '干事', '干事', '干事', '干事', '委员', '委员', '委员']],
  ['宣传部', ['部长', '副部长', '副部长', '干事', '干事', '干事', '干事', '干事', '干事']],
  ['外联部', ['部长', '副部长', '外联专员', '干事', '干事', '干事', '干事', '干事']],
  ['心理部', ['负责人', '负责人', '干事', '干事', '干事', '干事', '干事']],
];

/** Members per cohort, planted ones included (NOGRADE is extra: not in the grade export). */
export const MEMBERS_PER_COHORT: Readonly<Record<string, number>> = {
  '计算机应用技术/2023': 6,
  '计算机应用技术/2024': 15,
  '计算机应用技术/2025': 1,
  '软件技术/2023': 5,
  '软件技术/2024': 8,
  '机电一体化技术/2024': 8,
  '大数据与会计/2023': 5,
  '大数据与会计/2024': 9,
  '电子商务/2024': 4,
};
