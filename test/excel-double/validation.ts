import { RichApiError } from './errors';
import { assertWritable, type RangeTarget } from './guards';
import { DObject, type Prop } from './proxy';
import { contains, intersect, subtract } from './rect';
import type { ValidationState } from './state';

const RULE_KINDS = new Set([
  'wholeNumber',
  'decimal',
  'list',
  'date',
  'time',
  'textLength',
  'custom',
]);
const OPERATORS = new Set([
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
]);

function checkRule(rule: unknown): void {
  const keys = rule && typeof rule === 'object' ? Object.keys(rule) : [];
  const kind = keys[0];
  if (keys.length !== 1 || kind === undefined || !RULE_KINDS.has(kind))
    throw new RichApiError(
      'InvalidArgument',
      `Invalid data validation rule ${JSON.stringify(rule)}.`,
    );
  const body = (rule as Record<string, Record<string, unknown>>)[kind]!;
  if (kind === 'list') {
    if (typeof body.source !== 'string' || body.source === '')
      throw new RichApiError('InvalidArgument', 'A list rule needs a source.');
    return;
  }
  if (kind !== 'custom' && (typeof body.operator !== 'string' || !OPERATORS.has(body.operator)))
    throw new RichApiError('InvalidArgument', `Invalid operator in ${JSON.stringify(rule)}.`);
  if (body.formula1 === undefined)
    throw new RichApiError('InvalidArgument', 'A rule needs formula1.');
}

/** The validation entry covering exactly the range, carving it out of overlapping entries. */
function entryFor(t: RangeTarget): ValidationState {
  const found = t.sheet.validations.find(
    (v) =>
      v.rect.r1 === t.rect.r1 &&
      v.rect.c1 === t.rect.c1 &&
      v.rect.r2 === t.rect.r2 &&
      v.rect.c2 === t.rect.c2,
  );
  if (found) return found;
  const rest: ValidationState[] = [];
  for (const v of t.sheet.validations)
    for (const rect of subtract(v.rect, t.rect)) rest.push({ ...v, rect });
  const entry: ValidationState = { rect: { ...t.rect } };
  t.sheet.validations = [...rest, entry];
  return entry;
}

function covering(t: RangeTarget): ValidationState | undefined {
  return t.sheet.validations.find((v) => contains(v.rect, t.rect));
}

function prop(
  key: 'rule' | 'prompt' | 'errorAlert',
  check?: (v: unknown) => void,
): Prop<RangeTarget> {
  return {
    get: (t) => covering(t)?.[key] ?? null,
    set: (t, v) => {
      assertWritable(t.sheet);
      check?.(v);
      entryFor(t)[key] = v;
    },
  };
}

const PROPS: Record<string, Prop<RangeTarget>> = {
  rule: prop('rule', checkRule),
  prompt: prop('prompt'),
  errorAlert: prop('errorAlert'),
};

/** `DataValidation` of a range. */
export class DataValidationP extends DObject<RangeTarget> {
  get __type(): string {
    return 'DataValidation';
  }
  __props(): Readonly<Record<string, Prop<RangeTarget>>> {
    return PROPS;
  }
  /** Removes validation from the range. */
  clear(): void {
    this.__write('clear', null, (t) => {
      assertWritable(t.sheet);
      t.sheet.validations = t.sheet.validations.flatMap((v) =>
        intersect(v.rect, t.rect) ? subtract(v.rect, t.rect).map((rect) => ({ ...v, rect })) : [v],
      );
    });
  }
}
