import { t, type MessageKey } from '../messages';
import { POLICY_SPEC, type Field, type Spec } from './schema';
import { parsePolicy } from './serialize';

interface Leaf {
  readonly path: readonly string[];
  readonly spec: Spec;
}

/** Every leaf setting of the policy schema (objects are walked, lists and maps are leaves). */
function leaves(field: Field, path: readonly string[] = []): Leaf[] {
  const { spec } = field;
  if (spec.kind !== 'object') return [{ path, spec }];
  return Object.entries(spec.fields).flatMap(([key, f]) => leaves(f, [...path, key]));
}

/** Values a hand-edited file may hold that `spec` must refuse, with the message each must give. */
function badValues(spec: Spec): [unknown, MessageKey][] {
  switch (spec.kind) {
    case 'boolean':
      return [
        ['true', 'rule.policy.expected.boolean'],
        [1, 'rule.policy.expected.boolean'],
      ];
    case 'number': {
      const out: [unknown, MessageKey][] = [
        ['5', 'rule.policy.expected.number'],
        [spec.min - 1, 'rule.policy.tooSmall'],
      ];
      if (spec.max !== undefined) out.push([spec.max + 1, 'rule.policy.tooLarge']);
      if (spec.integer) out.push([spec.min + 0.5, 'rule.policy.expected.integer']);
      return out;
    }
    case 'string':
      return [
        [7, 'rule.policy.expected.string'],
        ['   ', 'rule.policy.empty'],
        ...(spec.pattern
          ? ([['2025 秋', 'rule.policy.badPattern']] as [unknown, MessageKey][])
          : []),
      ];
    case 'enum':
      return [
        ['no-such-choice', 'rule.policy.notAllowed'],
        [false, 'rule.policy.expected.string'],
      ];
    case 'list':
      return [
        ['a, b', 'rule.policy.expected.list'],
        [{}, 'rule.policy.expected.list'],
      ];
    case 'map':
      return [[['a'], 'rule.policy.expected.map']];
    case 'object':
      return [[[], 'rule.policy.expected.object']];
  }
}

function nest(path: readonly string[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

const all = leaves(POLICY_SPEC);

describe('every setting of a policy file is validated', () => {
  it('walks the whole schema (the walk can fail)', () => {
    expect(all.length).toBeGreaterThan(40);
    expect(all.map((l) => l.path.join('.'))).toContain('rules.rank.topPercent');
  });

  it.each(all.map((l) => [l.path.join('.'), l] as const))(
    '%s: wrong types and ranges are named by path',
    (path, leaf) => {
      for (const [value, key] of badValues(leaf.spec)) {
        const parsed = parsePolicy(nest(leaf.path, value));
        expect(parsed.ok).toBe(false);
        if (parsed.ok) continue;
        expect(parsed.issues.map((e) => [e.path, e.messageKey])).toEqual([[path, key]]);
        for (const lang of ['zh', 'en'] as const) {
          const text = t(key, lang, parsed.issues[0]!.params);
          expect(text).toContain(path);
          expect(text).not.toMatch(/\{\w+\}|undefined/);
        }
      }
    },
  );

  it.each(
    all
      .filter((l) => l.spec.kind === 'list' || l.spec.kind === 'map')
      .map((l) => [l.path.join('.'), l] as const),
  )('%s: a bad item is named by its index or key', (path, leaf) => {
    const spec = leaf.spec as Extract<Spec, { kind: 'list' | 'map' }>;
    const inner = spec.kind === 'list' ? spec.item : spec.value;
    const [bad, key] = badValues(inner)[0]!;
    const value = spec.kind === 'list' ? [bad] : { 主席: bad };
    const parsed = parsePolicy(nest(leaf.path, value));
    expect(parsed.ok ? [] : parsed.issues.map((e) => [e.path, e.messageKey])).toEqual([
      [spec.kind === 'list' ? `${path}[0]` : `${path}.主席`, key],
    ]);
  });
});

describe('keys a policy file must not carry', () => {
  it.each([
    ['a misspelt rule', { rules: { 'staff-totl': { max: 3 } } }, 'rules.staff-totl'],
    ['a misspelt field', { rules: { rank: { topPrecent: 30 } } }, 'rules.rank.topPrecent'],
    ['__proto__', JSON.parse('{"__proto__": {"polluted": true}}') as unknown, '__proto__'],
    ['constructor', { rules: { constructor: {} } }, 'rules.constructor'],
  ])('%s is an unknown key with its path', (_, input, path) => {
    const parsed = parsePolicy(input);
    expect(parsed.ok ? [] : parsed.issues.map((e) => [e.path, e.messageKey])).toEqual([
      [path, 'rule.policy.unknownKey'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a wrong preset is refused and the rest of the file still checked', () => {
    const parsed = parsePolicy({ preset: 'national', rules: { 'staff-total': { max: -2 } } });
    expect(parsed.ok ? [] : parsed.issues.map((e) => [e.path, e.messageKey])).toEqual([
      ['preset', 'rule.policy.notAllowed'],
      ['rules.staff-total.max', 'rule.policy.tooSmall'],
    ]);
    if (!parsed.ok)
      expect(t(parsed.issues[0]!.messageKey, 'zh', parsed.issues[0]!.params)).toContain(
        'national-school',
      );
  });
});
