/** The planted cases of the demo workbook: where each sits and what it must come out as. */
export type PlantId =
  | 'POL1'
  | 'POL2'
  | 'RANK1'
  | 'RANK2'
  | 'FAIL1'
  | 'FAIL2'
  | 'DISC1'
  | 'DISC2'
  | 'FRESH'
  | 'BOUND'
  | 'VOID'
  | 'NOGRADE'
  | 'POLEMPTY'
  | 'POLUNKNOWN'
  | 'TITLE1'
  | 'TITLE2'
  | 'TITLE3';

export interface Plant {
  readonly id: PlantId;
  /** `部门#index` into LAYOUT. */
  readonly slot: string;
  /** `major/entryYear` */
  readonly cohort: string;
  /** Ability the member's scores are drawn around (clean members: about 89). */
  readonly ability?: number;
  /** 政治面貌 override. */
  readonly political?: string;
  /** What the planted case shows, for expected.json and the README. */
  readonly what: string;
  /** The outcome the plant is meant to produce; the generator checks its own result against it. */
  readonly expect: {
    readonly status: 'eligible' | 'ineligible' | 'pending';
    readonly codes?: readonly string[];
    readonly pending?: readonly string[];
    readonly info?: readonly string[];
  };
}

export const PLANTS: readonly Plant[] = [
  {
    id: 'POL1',
    slot: '学习部#2',
    cohort: '机电一体化技术/2024',
    political: '群众',
    what: '政治面貌 群众 (good grades)',
    expect: { status: 'ineligible', codes: ['political'] },
  },
  {
    id: 'POL2',
    slot: '宣传部#5',
    cohort: '电子商务/2024',
    political: '群众',
    ability: 64,
    what: '群众 and outside the top 30% of 电子商务 2024级',
    expect: { status: 'ineligible', codes: ['political', 'rank'] },
  },
  {
    id: 'RANK1',
    slot: '权益部#8',
    cohort: '计算机应用技术/2024',
    ability: 63,
    what: 'credit-weighted average far outside the top 30% of a 118-student cohort',
    expect: { status: 'ineligible', codes: ['rank'] },
  },
  {
    id: 'RANK2',
    slot: '外联部#4',
    cohort: '大数据与会计/2024',
    ability: 71,
    what: 'average in the middle of 大数据与会计 2024级, outside the top 30% with a clear margin; no other problem',
    expect: { status: 'ineligible', codes: ['rank'] },
  },
  {
    id: 'FAIL1',
    slot: '心理部#3',
    cohort: '软件技术/2024',
    ability: 95,
    what: 'failed a 2-credit course at first attempt (55) and passed it at 补考 (68): strict mode flags it; rank still inside',
    expect: { status: 'ineligible', codes: ['failed'] },
  },
  {
    id: 'FAIL2',
    slot: '秘书处#4',
    cohort: '计算机应用技术/2023',
    ability: 68,
    what: '旷考 typed in the 成绩 cell of a 2-credit course: a fail; the average is outside the top 30% whether the 旷考 counts 0 or is left out',
    expect: { status: 'ineligible', codes: ['rank', 'failed'] },
  },
  {
    id: 'DISC1',
    slot: '文体部#1',
    cohort: '大数据与会计/2023',
    what: '警告 on 2025-11-12, inside the window (2025-2026 academic year)',
    expect: { status: 'ineligible', codes: ['discipline'] },
  },
  {
    id: 'DISC2',
    slot: '权益部#3',
    cohort: '机电一体化技术/2024',
    what: '警告 on 2024-04-18, before the window: not flagged',
    expect: { status: 'eligible' },
  },
  {
    id: 'FRESH',
    slot: '心理部#6',
    cohort: '计算机应用技术/2025',
    ability: 64,
    what: '2025级 freshman with weak (passing) grades: exempt from the rank rule',
    expect: { status: 'eligible', info: ['freshman'] },
  },
  {
    id: 'BOUND',
    slot: '宣传部#0',
    cohort: '软件技术/2023',
    what: 'deliberate boundary: cohort of 47, limit ceil(14.1) = 15; exactly 14 students above, and one non-member with the identical window grades: both rank 15 (ties share the better rank) → inside. floor or worse-rank ties would exclude',
    expect: { status: 'eligible' },
  },
  {
    id: 'VOID',
    slot: '文体部#5',
    cohort: '计算机应用技术/2024',
    what: 'a failing score (35) on a row marked 是否成绩作废 = 是, next to the valid row: ignored',
    expect: { status: 'eligible' },
  },
  {
    id: 'NOGRADE',
    slot: '权益部#6',
    cohort: '软件技术/2024',
    what: 'no grade row at all (student missing from the export): 待核实 for rank and failed',
    expect: { status: 'pending', pending: ['rank', 'failed'] },
  },
  {
    id: 'POLEMPTY',
    slot: '学习部#4',
    cohort: '大数据与会计/2024',
    political: '',
    what: '政治面貌 left empty: 待核实',
    expect: { status: 'pending', pending: ['political'] },
  },
  {
    id: 'POLUNKNOWN',
    slot: '宣传部#7',
    cohort: '计算机应用技术/2024',
    political: '少先队员',
    what: '政治面貌 少先队员 (not a value the rule knows): 待核实',
    expect: { status: 'pending', pending: ['political'] },
  },
  {
    id: 'TITLE1',
    slot: '主席团#6',
    cohort: '计算机应用技术/2024',
    what: '职务 主席助理 (forbidden title): a titles finding naming the member, who stays eligible',
    expect: { status: 'eligible' },
  },
  {
    id: 'TITLE2',
    slot: '秘书处#0',
    cohort: '大数据与会计/2024',
    what: '职务 秘书长 (forbidden title): a titles finding naming the member, who stays eligible',
    expect: { status: 'eligible' },
  },
  {
    id: 'TITLE3',
    slot: '外联部#2',
    cohort: '电子商务/2024',
    what: '职务 外联专员 (unknown title): a titles finding (待核实) naming the member, who stays eligible',
    expect: { status: 'eligible' },
  },
];
