import type { KeySuffix } from '../messages';
import type { Issue } from '../issue';
import { policyIssue, shown } from './issues';
import type { Field, Spec } from './spec';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

function checkNumber(
  spec: Extract<Spec, { kind: 'number' }>,
  value: number,
  path: string,
): Issue[] {
  if (spec.integer && !Number.isInteger(value)) {
    return [policyIssue(path, 'rule.policy.expected.integer', { received: shown(value) })];
  }
  if (value < spec.min)
    return [policyIssue(path, 'rule.policy.tooSmall', { value, min: spec.min })];
  if (spec.max !== undefined && value > spec.max) {
    return [policyIssue(path, 'rule.policy.tooLarge', { value, max: spec.max })];
  }
  return [];
}

function checkString(
  spec: Extract<Spec, { kind: 'string' }>,
  value: string,
  path: string,
): Issue[] {
  if (value.trim() === '') return [policyIssue(path, 'rule.policy.empty')];
  if (spec.pattern && !spec.pattern.test(value)) {
    return [policyIssue(path, 'rule.policy.badPattern', { value, example: spec.example ?? '' })];
  }
  return [];
}

/**
 * Validates `input` against `spec` and merges it over `base`: objects merge field by field, lists and
 * maps are replaced whole (so a saved policy reads back exactly as written). Issues are appended to
 * `issues`; the returned value is only meaningful when none were added.
 */
export function mergeValue(
  base: unknown,
  input: unknown,
  spec: Spec,
  path: string,
  issues: Issue[],
): unknown {
  const wrong = (expected: KeySuffix<'rule.policy.expected.'>): unknown => {
    issues.push(policyIssue(path, `rule.policy.expected.${expected}`, { received: shown(input) }));
    return base;
  };
  switch (spec.kind) {
    case 'boolean':
      return typeof input === 'boolean' ? input : wrong('boolean');
    case 'number':
      if (typeof input !== 'number' || !Number.isFinite(input)) return wrong('number');
      issues.push(...checkNumber(spec, input, path));
      return input;
    case 'string':
      if (typeof input !== 'string') return wrong('string');
      issues.push(...checkString(spec, input, path));
      return input.trim();
    case 'enum':
      if (typeof input !== 'string') return wrong('string');
      if (!spec.values.includes(input)) {
        issues.push(
          policyIssue(path, 'rule.policy.notAllowed', {
            value: input,
            allowed: spec.values.join(', '),
          }),
        );
      }
      return input;
    case 'list':
      if (!Array.isArray(input)) return wrong('list');
      return input.map((item, i) =>
        mergeValue(undefined, item, spec.item, `${path}[${i}]`, issues),
      );
    case 'map':
      return isObject(input) ? mergeMap(input, spec.value, path, issues) : wrong('map');
    case 'object':
      return isObject(input)
        ? mergeObject(base, input, spec.fields, path, issues)
        : wrong('object');
  }
}

function mergeMap(input: Json, value: Spec, path: string, issues: Issue[]): Json {
  const out: Json = {};
  for (const [key, item] of Object.entries(input)) {
    const name = key.normalize('NFKC').trim();
    if (name === '') issues.push(policyIssue(join(path, key), 'rule.policy.empty'));
    out[name] = mergeValue(undefined, item, value, join(path, key), issues);
  }
  return out;
}

function mergeObject(
  base: unknown,
  input: Json,
  fields: Readonly<Record<string, Field>>,
  path: string,
  issues: Issue[],
): Json {
  const out: Json = isObject(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(input)) {
    const field = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
    const at = join(path, key);
    if (!field) {
      const known = Object.keys(fields).join(', ');
      issues.push(policyIssue(at, 'rule.policy.unknownKey', { key, known }));
    } else if (value === null && field.optional) {
      delete out[key];
    } else {
      out[key] = mergeValue(out[key], value, field.spec, at, issues);
    }
  }
  return out;
}
