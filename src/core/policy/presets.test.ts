import { PRESETS, presetPolicy } from './presets';
import { PRESET_NAMES } from './types';
import { RULE_CODES } from '../findings';

describe('presets', () => {
  it('has one complete policy per preset name, naming itself', () => {
    for (const name of PRESET_NAMES) {
      const policy = PRESETS[name];
      expect(policy.preset).toBe(name);
      for (const code of RULE_CODES) expect(typeof policy.rules[code].enabled).toBe('boolean');
    }
  });

  it('national-school carries the docs/RULES.md defaults', () => {
    const p = PRESETS['national-school'];
    expect(p.level).toBe('school');
    expect(p.rules.rank).toMatchObject({ topPercent: 30, rounding: 'ceil', cohort: 'major+year' });
    expect(p.rules.failed.mode).toBe('strict');
    expect(p.rules['staff-total'].max).toBe(40);
    expect(p.rules.presidium.max).toBe(5);
    expect(p.rules['dept-heads']).toMatchObject({ min: 2, max: 3 });
    expect(p.rules['from-colleges'].minPercent).toBe(50);
    expect(p.grading.levelPoints['良好']).toBe(85);
    expect(p.rules.titles.forbidden).toEqual(
      expect.arrayContaining(['主席助理', '秘书长', '中心主任']),
    );
  });

  it('national-college is college level with the unset limits switched off', () => {
    const p = PRESETS['national-college'];
    expect(p.level).toBe('college');
    expect(p.rules['staff-total'].max).toBe(30);
    expect(p.rules.presidium.max).toBe(3);
    expect(p.rules.departments.enabled).toBe(false);
    expect(p.rules['from-colleges'].enabled).toBe(false);
  });

  it('hnjt-2021 names six departments and forbids 部长/主任', () => {
    const p = PRESETS['hnjt-2021'];
    expect(p.rules.departments.allowed).toHaveLength(6);
    expect(p.rules.presidium).toMatchObject({ max: 4, titleMax: { 执行主席: 1 } });
    expect(p.rules.titles.forbidden).toEqual(expect.arrayContaining(['部长', '副部长', '主任']));
    expect(p.rules.titles.headTitles).not.toContain('部长');
  });

  it('zhongzhi switches the political rule off and nothing else', () => {
    const z = PRESETS.zhongzhi;
    expect(z.rules.political.enabled).toBe(false);
    expect({ ...z.rules, political: null }).toEqual({
      ...PRESETS['national-school'].rules,
      political: null,
    });
  });

  it('presetPolicy returns a deep copy that leaves the preset untouched', () => {
    const copy = presetPolicy('hnjt-2021');
    copy.rules.titles.forbidden.push('干事');
    copy.rules['staff-total'].max = 1;
    expect(PRESETS['hnjt-2021'].rules.titles.forbidden).not.toContain('干事');
    expect(PRESETS['hnjt-2021'].rules['staff-total'].max).toBe(40);
    expect(presetPolicy().preset).toBe('national-school');
  });

  it('freezes the presets against accidental edits', () => {
    expect(() => {
      PRESETS['national-school'].rules.titles.forbidden.push('x');
    }).toThrow(TypeError);
  });
});
