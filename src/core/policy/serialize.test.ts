import { PRESETS, presetPolicy } from './presets';
import type { Policy } from './types';
import type { Result } from '../issue';
import { parsePolicy, policyToJson } from './serialize';
import { t } from '../messages';

function errorsOf(result: Result<Policy>): { path: string | undefined; key: string }[] {
  if (result.ok) throw new Error('expected errors');
  return result.issues.map((e) => ({ path: e.path, key: e.messageKey }));
}

describe('parsePolicy', () => {
  it('merges a partial file over its preset', () => {
    const result = parsePolicy(
      '{ "preset": "hnjt-2021", "studentsServed": 3000, "rules": { "staff-total": { "max": 60 } } }',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.preset).toBe('hnjt-2021');
    expect(result.value.studentsServed).toBe(3000);
    expect(result.value.rules['staff-total']).toEqual({ enabled: true, max: 60 });
    expect(result.value.rules.departments.allowed).toEqual(
      PRESETS['hnjt-2021'].rules.departments.allowed,
    );
    expect(PRESETS['hnjt-2021'].rules['staff-total'].max).toBe(40);
  });

  it('defaults to national-school and accepts an already-parsed value', () => {
    const result = parsePolicy({ rules: { rank: { topPercent: 25 } } });
    expect(result.ok && result.value.preset).toBe('national-school');
    expect(result.ok && result.value.rules.rank.topPercent).toBe(25);
    expect(result.ok && result.value.rules.rank.cohort).toBe('major+year');
  });

  it('round-trips every preset, edited or not', () => {
    for (const name of Object.keys(PRESETS) as (keyof typeof PRESETS)[]) {
      const policy = presetPolicy(name);
      policy.studentsServed = 1234;
      policy.grading.levelPoints = { 优秀: 90 };
      delete policy.rules.departments.max;
      delete policy.rules['dept-heads'].min;
      const back = parsePolicy(policyToJson(policy));
      expect(back).toEqual({ ok: true, value: policy });
    }
  });

  it('clears an optional setting with null and refuses null for a required one', () => {
    const cleared = parsePolicy({ preset: 'hnjt-2021', rules: { presidium: { titleMax: null } } });
    expect(cleared.ok && cleared.value.rules.presidium.titleMax).toBeUndefined();
    expect(errorsOf(parsePolicy({ rules: { presidium: { max: null } } }))).toEqual([
      { path: 'rules.presidium.max', key: 'rule.policy.expected.number' },
    ]);
  });

  it('reports every bad field with its path', () => {
    const errors = errorsOf(
      parsePolicy({
        preset: 'nowhere',
        studentsServed: -5,
        colour: 'red',
        referenceTerm: '2025 autumn',
        rules: {
          'staff-total': { max: '60' },
          'core-ratio': { maxPercent: 101 },
          'dept-heads': { min: 2.5 },
          political: { allowed: ['league-member', 'friend'] },
          titles: { forbidden: ['顾问', ''] },
          bogus: {},
        },
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'preset', key: 'rule.policy.notAllowed' },
        { path: 'studentsServed', key: 'rule.policy.tooSmall' },
        { path: 'colour', key: 'rule.policy.unknownKey' },
        { path: 'referenceTerm', key: 'rule.policy.badPattern' },
        { path: 'rules.staff-total.max', key: 'rule.policy.expected.number' },
        { path: 'rules.core-ratio.maxPercent', key: 'rule.policy.tooLarge' },
        { path: 'rules.dept-heads.min', key: 'rule.policy.expected.integer' },
        { path: 'rules.political.allowed[1]', key: 'rule.policy.notAllowed' },
        { path: 'rules.titles.forbidden[1]', key: 'rule.policy.empty' },
        { path: 'rules.bogus', key: 'rule.policy.unknownKey' },
      ]),
    );
    expect(errors).toHaveLength(10);
  });

  it('rejects text that is not JSON, and a root that is not an object', () => {
    expect(errorsOf(parsePolicy('{ "preset": '))).toEqual([
      { path: '', key: 'json.syntax.unexpectedEnd' },
    ]);
    expect(errorsOf(parsePolicy('[1, 2]'))).toEqual([
      { path: '', key: 'rule.policy.expected.object' },
    ]);
  });

  it('checks that the head range is not upside down', () => {
    expect(errorsOf(parsePolicy({ rules: { 'dept-heads': { min: 4, max: 3 } } }))).toEqual([
      { path: 'rules.dept-heads.min', key: 'rule.policy.minAboveMax' },
    ]);
  });

  it('renders each issue in both languages, naming the path', () => {
    const result = parsePolicy({ rules: { 'staff-total': { max: -1 } } });
    if (result.ok) throw new Error('expected errors');
    const [issue] = result.issues;
    if (!issue) throw new Error('no issue');
    expect(t(issue.messageKey, 'zh', issue.params)).toContain('rules.staff-total.max');
    expect(t(issue.messageKey, 'en', issue.params)).toMatch(/rules\.staff-total\.max.*-1/);
    expect(t(issue.messageKey, 'zh', issue.params)).not.toMatch(/[{[]/);
  });
});

describe('policyToJson', () => {
  it('writes readable JSON that names the preset', () => {
    const json = policyToJson(presetPolicy('zhongzhi'));
    expect(json).toMatch(/^\{\n {2}"preset": "zhongzhi"/);
    expect(JSON.parse(json)).toMatchObject(PRESETS.zhongzhi);
    expect(JSON.parse(json)).toMatchObject({ studentsServed: null, referenceTerm: null });
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parsePolicy('\uFEFF{ "preset": "zhongzhi" }').ok).toBe(true);
  });
});
