import { RULES_FIELD } from '../rules/registry';
import { object, type Field } from './spec';
import { PRESET_NAMES } from './types';

export type { Field, Spec } from './spec';
export { POLITICAL_CHOICES } from '../rules/political/settings';

/**
 * Every field of a Policy (policy/types.ts); parsePolicy rejects anything else. Each rule's part
 * comes from its folder (rules/<code>/settings.ts) through the registry.
 */
export const POLICY_SPEC: Field = object({
  preset: { spec: { kind: 'enum', values: PRESET_NAMES } },
  level: { spec: { kind: 'enum', values: ['school', 'college'] } },
  studentsServed: { spec: { kind: 'number', min: 1, integer: true }, optional: true },
  referenceTerm: {
    spec: { kind: 'string', pattern: /^\d{4}-\d{4}-[123]$/, example: '2025-2026-1' },
    optional: true,
  },
  grading: object({
    passMark: { spec: { kind: 'number', min: 0 } },
    levelPoints: { spec: { kind: 'map', value: { kind: 'number', min: 0 } } },
  }),
  rules: RULES_FIELD,
});
