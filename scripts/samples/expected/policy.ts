/**
 * The national-school preset restated from docs/RULES.md (§1, §2, §4.5), on purpose without importing
 * src/core: expected.json must be an independent opinion, not a copy of the product's.
 */
export const NATIONAL_SCHOOL = {
  /** 政治面貌 spellings that mean 中共党员, 中共预备党员 or 共青团员. */
  allowedPolitical: [
    '中共党员',
    '中国共产党党员',
    '党员',
    '正式党员',
    '中共预备党员',
    '预备党员',
    '共青团员',
    '中国共产主义青年团团员',
    '团员',
  ],
  /** Known values that are not allowed: a violation, not 待核实. */
  otherPolitical: [
    '群众',
    '无党派人士',
    '民革党员',
    '民盟盟员',
    '民建会员',
    '民进会员',
    '农工党党员',
    '致公党党员',
    '九三学社社员',
    '台盟盟员',
  ],
  topPercent: 30,
  passMark: 60,
  levelPoints: { 优秀: 95, 良好: 85, 中等: 75, 及格: 65, 不及格: 0 } as Readonly<
    Record<string, number>
  >,
  staffTotalMax: 40,
  presidiumMax: 5,
  departmentsMax: 6,
  headsMin: 2,
  headsMax: 3,
  staffMax: 6,
  presidiumDepartments: ['主席团'],
  presidiumTitles: ['主席', '执行主席', '轮值主席', '副主席', '主席团成员'],
  headTitles: ['负责人', '部长', '副部长', '主任', '副主任'],
  staffTitles: ['干事', '委员', '成员'],
  forbiddenTitles: ['主席助理', '部长助理', '秘书长', '顾问', '中心主任'],
  fromCollegesMinPercent: 50,
  coreMaxPercent: 1,
  delegatesMinPercent: 1,
  nonCadreMinPercent: 60,
  yearMinPercent: 10,
} as const;

export type TitleKind = 'presidium' | 'head' | 'staff' | 'forbidden' | 'unknown';

/** The kind of a 职务. */
export function titleKind(title: string): TitleKind {
  const p = NATIONAL_SCHOOL;
  const t = title.trim();
  if ((p.presidiumTitles as readonly string[]).includes(t)) return 'presidium';
  if ((p.headTitles as readonly string[]).includes(t)) return 'head';
  if ((p.staffTitles as readonly string[]).includes(t)) return 'staff';
  if ((p.forbiddenTitles as readonly string[]).includes(t)) return 'forbidden';
  return 'unknown';
}

/** ceil(topPercent% x n) in integers (no floating point at the boundary). */
export function limitRank(n: number, percent: number = NATIONAL_SCHOOL.topPercent): number {
  return Math.floor((percent * n + 99) / 100);
}
