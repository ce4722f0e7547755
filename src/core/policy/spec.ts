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

// The field shapes the settings of several rules share (rules/<code>/settings.ts).
export const bool: Field = { spec: { kind: 'boolean' } };
export const count: Field = { spec: { kind: 'number', min: 0, integer: true } };
export const optionalCount: Field = { ...count, optional: true };
export const percent: Field = { spec: { kind: 'number', min: 0, max: 100 } };
export const strings: Field = { spec: { kind: 'list', item: { kind: 'string' } } };
export const termWindow: Field = {
  spec: { kind: 'enum', values: ['last-term', 'last-year', 'since-entry'] },
};
export const choice = (values: readonly string[]): Field => ({ spec: { kind: 'enum', values } });
export const object = (fields: Readonly<Record<string, Field>>, optional = false): Field => ({
  spec: { kind: 'object', fields },
  optional,
});
export const enumList = (values: readonly string[]): Field => ({
  spec: { kind: 'list', item: { kind: 'enum', values } },
});
