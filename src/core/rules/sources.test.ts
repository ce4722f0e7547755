import { RULE_CODES } from '../findings';
import { RULE_SOURCES } from './registry';
import { citeSource, citeSourceShort, SOURCES } from './sources';

describe('sources', () => {
  it('gives every rule at least one source, each in the catalogue', () => {
    for (const code of RULE_CODES) {
      expect(RULE_SOURCES[code].length).toBeGreaterThan(0);
      for (const id of RULE_SOURCES[code]) expect(SOURCES[id]?.id).toBe(id);
    }
  });

  it('cites in both languages and shows an unknown id as itself', () => {
    expect(citeSource('001-3', 'zh')).toBe('咸宁职业技术学院学生会深化改革方案 三、坚持精简原则');
    expect(citeSource('004-2-1-4', 'en')).toMatch(/^Hunan Communication Polytechnic.*2\(1\)4/);
    expect(citeSource('national-form', 'zh')).toContain('中青联发〔2019〕9号');
    expect(citeSource('999', 'en')).toBe('999');
  });
});

describe('citeSourceShort', () => {
  it('abbreviates the plan title and keeps the section', () => {
    expect(citeSourceShort('001-4', 'zh')).toBe('咸宁职院方案 四、明确遴选条件');
    expect(citeSourceShort('004-2-1-4', 'zh')).toContain('湖南交职院方案(2021) 二（一）4');
    expect(citeSourceShort('national-form', 'zh')).toBe('中青联发〔2019〕9号');
    expect(citeSourceShort('001-3', 'en')).toMatch(/^Xianning plan, section 3/);
  });
});
