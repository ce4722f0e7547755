import { presetPolicy } from '../policy/presets';
import { PRESET_NAMES } from '../policy/types';
import { RULE_MESSAGES } from '../messages/rules';
import type { MessageTable } from '../messages/types';
import { RULE_CODES, RULE_OWN_MESSAGES, RULES } from './registry';
import { SOURCES } from './sources';

describe('the rule registry', () => {
  it('lists each rule once, with a distinct place in the findings order', () => {
    expect(new Set(RULE_CODES).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.listOrder)).size).toBe(RULES.length);
  });

  it('gives each rule its own messages only, titled, in both languages', () => {
    const owners = new Map<string, string>();
    const ruleMessages: MessageTable = RULE_MESSAGES;
    for (const rule of RULES) {
      const own: MessageTable = rule.messages;
      expect([rule.code, own[`rule.${rule.code}.title`]?.zh]).toEqual([
        rule.code,
        expect.stringMatching(/\S/),
      ]);
      for (const [key, message] of Object.entries(rule.messages)) {
        const mine = key.startsWith(`rule.${rule.code}.`) || key.startsWith('rule.skip.');
        expect([key, mine, owners.get(key)]).toEqual([key, true, undefined]);
        owners.set(key, rule.code);
        expect([key, message.zh.trim() !== '', message.en.trim() !== '']).toEqual([
          key,
          true,
          true,
        ]);
        expect(ruleMessages[key]).toBe(message);
      }
    }
    expect(Object.keys(RULE_OWN_MESSAGES).sort()).toEqual([...owners.keys()].sort());
  });

  it('cites catalogued sources, and quotes words the cited text contains', () => {
    for (const rule of RULES) {
      const { sources, quotes } = rule.citation;
      expect([rule.code, sources.every((id) => SOURCES[id]?.id === id)]).toEqual([rule.code, true]);
      for (const q of quotes) {
        expect([rule.code, q.source, sources.includes(q.source)]).toEqual([
          rule.code,
          q.source,
          true,
        ]);
        const text = SOURCES[q.source]?.quote;
        if (text !== undefined)
          expect([rule.code, text.includes(q.words)]).toEqual([rule.code, true]);
      }
    }
  });

  it('has a schema field for every setting of every preset', () => {
    for (const rule of RULES) {
      const fields = Object.keys(rule.settings.fields).sort();
      for (const name of PRESET_NAMES) {
        const keys = Object.keys(presetPolicy(name).rules[rule.code]).filter(
          (k) => k !== 'enabled',
        );
        const missing = keys.filter((k) => !fields.includes(k));
        expect([rule.code, name, missing]).toEqual([rule.code, name, []]);
      }
    }
  });

  it('types each rule’s settings by its code', () => {
    const policy = presetPolicy('national-school');
    const min: number | undefined = policy.rules['dept-heads'].min;
    const cohort: 'major+year' | 'major' | 'class' = policy.rules.rank.cohort;
    // @ts-expect-error: the political rule has no `max`.
    const none: unknown = policy.rules.political.max;
    expect([min, cohort, none]).toEqual([2, 'major+year', undefined]);
  });
});
