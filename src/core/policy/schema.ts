import { PRESET_NAMES } from './types';

/** The shape of one value in a policy file, for hand-written validation (no schema library). */
export type Spec =
  | { readonly kind: 'boolean' }
  | {
      readonly kind: 'number';
      readonly min: number;
      readonly max?: number;
      readonly integer?: boolean;
    }
  | { readonly kind: 'string'; readonly pattern?: RegExp; readonly example?: string }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'list'; readonly item: Spec }
  | { readonly kind: 'map'; readonly value: Spec }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Field>> };

/** An object field; `optional` fields may be absent from a complete policy and may be cleared with `null`. */
export interface Field {
  readonly spec: Spec;
  readonly optional?: boolean;
}

const bool: Field = { spec: { kind: 'boolean' } };
const enabled = { enabled: bool };
const count: Field = { spec: { kind: 'number', min: 0, integer: true } };
const optionalCount: Field = { ...count, optional: true };
const percent: Field = { spec: { kind: 'number', min: 0, max: 100 } };
const strings: Field = { spec: { kind: 'list', item: { kind: 'string' } } };
const window: Field = { spec: { kind: 'enum', values: ['last-term', 'last-year', 'since-entry'] } };
const object = (fields: Record<string, Field>, optional = false): Field => ({
  spec: { kind: 'object', fields },
  optional,
});
const enumList = (values: readonly string[]): Field => ({
  spec: { kind: 'list', item: { kind: 'enum', values } },
});

/** Political statuses a policy may allow (`unknown` and `missing` are states, not choices). */
export const POLITICAL_CHOICES = [
  'party-member',
  'probationary-member',
  'league-member',
  'masses',
  'democratic-party',
  'non-partisan',
] as const;

/** Every field of a Policy (policy/types.ts); parsePolicy rejects anything else. */
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
  rules: object({
    political: object({ ...enabled, allowed: enumList(POLITICAL_CHOICES) }),
    rank: object({
      ...enabled,
      topPercent: { spec: { kind: 'number', min: 0.01, max: 100 } },
      rounding: { spec: { kind: 'enum', values: ['ceil', 'floor'] } },
      cohort: { spec: { kind: 'enum', values: ['major+year', 'major', 'class'] } },
      window,
      useSchoolRank: bool,
    }),
    failed: object({
      ...enabled,
      mode: { spec: { kind: 'enum', values: ['strict', 'lenient'] } },
      window,
    }),
    discipline: object({
      ...enabled,
      sanctions: enumList(['警告', '严重警告', '记过', '留校察看', '开除学籍']),
      window,
      countLifted: bool,
    }),
    freshman: object(enabled),
    'staff-total': object({ ...enabled, max: count }),
    presidium: object({
      ...enabled,
      max: count,
      titleMax: { spec: { kind: 'map', value: count.spec }, optional: true },
    }),
    departments: object({
      ...enabled,
      max: optionalCount,
      allowed: { ...strings, optional: true },
    }),
    'dept-heads': object({ ...enabled, min: optionalCount, max: optionalCount }),
    'dept-staff': object({ ...enabled, max: optionalCount }),
    titles: object({
      ...enabled,
      presidiumTitles: strings,
      headTitles: strings,
      staffTitles: strings,
      forbidden: strings,
      presidiumDepartments: strings,
    }),
    'from-colleges': object({ ...enabled, minPercent: percent }),
    'core-ratio': object({ ...enabled, maxPercent: percent }),
    congress: object({
      ...enabled,
      minDelegatePercent: percent,
      minNonCadrePercent: percent,
      minYearPercent: percent,
    }),
  }),
});
