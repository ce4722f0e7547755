import { buildAppraisalWorkbook } from '../../src/core/appraisal/build';
import { selectForms } from '../../src/core/appraisal/selection';
import { resolveSettings } from '../../src/core/appraisal/settings';
import type { SettingsChoice } from '../../src/core/appraisal/settings';
import type { EvidenceInput } from '../../src/core/appraisal/suggestions';
import { NATIONAL_TEMPLATE } from '../../src/core/appraisal/templates';
import type { MemberRecord } from '../../src/core/records';
import type { Scenario, Scorer } from './roundTrip';
import { member, roleOf } from './fixtures';

/** Twelve leaders; names and departments that look like formulas must stay text, and an apostrophe in a department must survive sheet references. */
export const LEADERS: readonly MemberRecord[] = [
  member(2, '王主席', '2023001', '主席团', '主席'),
  member(3, '李副主席', '2023002', '主席团', '副主席'),
  member(4, '=张三', '2023003', '秘书处', '部长'),
  member(5, '刘一', '2023004', '秘书处', '副部长'),
  member(6, '+钱二', '2023005', '@文体部', '部长'),
  member(7, '孙三', '2023006', '@文体部', '副部长'),
  member(8, '-周四', '2023007', '-外联部', '部长'),
  member(9, '@吴五', '2023008', '-外联部', '副部长'),
  member(10, '郑六', '2023009', "学习'部", '部长'),
  member(11, '冯七', '2023010', "学习'部", '副部长'),
  member(12, '陈八', '2023011', "学习'部", '副部长'),
  member(13, '褚九', '2023012', '秘书处', '干事'),
];

/** A deterministic pseudo-random score in half points, 0..max. */
export function halfStep(seed: number, max: number, low = 0.5): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  const frac = x - Math.floor(x);
  return Math.round((low + (1 - low) * frac) * max * 2) / 2;
}

export function scenario(
  choice: Partial<SettingsChoice>,
  score: Scorer,
  evidence: EvidenceInput = {},
  layout: 'per-department' | 'single' = 'per-department',
): Omit<Scenario, 'method' | 'weights' | 'bands' | 'dims'> &
  Pick<Scenario, 'method' | 'weights' | 'bands' | 'dims'> {
  const settings = resolveSettings(
    {
      template: NATIONAL_TEMPLATE,
      term: '2025-2026-1',
      school: '=某职业技术学院',
      layout,
      ...choice,
    },
    'zh',
  );
  if (!settings.ok) throw new Error(JSON.stringify(settings.issues));
  const v = settings.value;
  const { units } = selectForms(
    { members: LEADERS, roleOf, scope: v.scope, layout: v.layout },
    'zh',
  );
  const build = buildAppraisalWorkbook({ settings: v, units, evidence, lang: 'zh' });
  return {
    build,
    dims: v.template.dimensions.map((d) => ({
      max: d.max,
      ...(d.weight !== undefined ? { weight: d.weight } : {}),
    })),
    method: v.aggregate,
    weights: v.groups.map((g) => g.weight ?? 1),
    bands: { ...v.bands, ...(v.excellentQuota !== undefined ? { quota: v.excellentQuota } : {}) },
    score,
  };
}

/** Four weighted groups, a 30% quota, one member failing, a missing group, a half-filled row, a kept suggestion. */
export function weightedScenario(): Scenario {
  return scenario(
    {
      groups: [
        { name: '学生代表', weight: 30 },
        { name: '团委', weight: 20 },
        { name: '学工部', weight: 30 },
        { name: '自评', weight: 20 },
      ],
      excellentQuota: 30,
    },
    (g, m, d) => {
      if (m === 3 && g === 3) return null; // 刘一 did no self-assessment: 自评 is left out of the weights.
      if (m === 5 && g === 1 && d === 4) return null; // half-filled row: 团委's total for 孙三 stays blank.
      if (m === 9 && d === 2) return undefined; // 冯七's academic score stays the suggestion.
      if (m === 6) return halfStep(g * 10 + d + 1, 20, 0.1) * 0.5; // -周四 fails.
      if (m === 0 || m === 1) return 20 - (d % 2) * 0.5; // a tie at the top.
      return halfStep(m * 100 + g * 10 + d + 1, 20, 0.78);
    },
    { ranks: new Map([['2023010', { percent: 25, rank: 5, cohortSize: 20 }]]) },
  );
}

/** Five unweighted panel members, trimmed mean, one form for everyone. */
export function trimmedScenario(): Scenario {
  return scenario(
    {
      groups: ['评委1', '评委2', '评委3', '评委4', '评委5'].map((name) => ({ name })),
      aggregate: 'trimmed',
      bands: { excellent: 90, good: 75, pass: 60 },
    },
    (g, m, d) =>
      m === 2 && g === 4 ? null : halfStep(m * 37 + g * 11 + d + 3, 20, m === 7 ? 0.2 : 0.55),
    {},
    'single',
  );
}

/** A teacher's weighted template with maxima of 10 (totals scaled to 100), one panel, mean. */
export function ownTemplateScenario(): Scenario {
  const template = {
    name: '本校模板',
    dimensions: [
      { name: '思想表现', max: 10, weight: 30, description: '思想' },
      { name: '工作实绩', max: 10, weight: 50, description: '工作' },
      { name: '群众评价', max: 10, weight: 20, description: '评价' },
    ],
  };
  return scenario({ template }, (_g, m, d) => halfStep(m * 7 + d + 1, 10, 0.4));
}
