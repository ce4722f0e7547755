import { RichApiError } from './errors';
import { assertAlive, assertWritable, normaliseColor, type AreasTarget } from './guards';
import { derivedSlot, DObject, resolvedSlot, strict, type NavFactory, type Prop } from './proxy';
import { intersect, subtract, type Rect } from './rect';
import type { CfState, SheetState } from './state';
import { RangeAreasP } from './areas';
import { RangeP } from './range';

/** One conditional format on its sheet. */
export interface CfTarget {
  readonly sheet: SheetState;
  readonly cf: CfState;
}

const MODELLED_TYPES = new Set(['Custom', 'DataBar']);

function touching(sheet: SheetState, rects: readonly Rect[]): CfState[] {
  return sheet.cfs.filter((cf) => cf.rects.some((a) => rects.some((b) => intersect(a, b))));
}

abstract class CfPart extends DObject<CfTarget> {
  override __alive(t: CfTarget): void {
    assertAlive(t.sheet);
    if (!t.sheet.cfs.includes(t.cf))
      throw new RichApiError('ItemNotFound', 'The conditional format was deleted.');
  }
}

function cfProp(
  get: (cf: CfState) => unknown,
  set?: (cf: CfState, v: unknown) => void,
): Prop<CfTarget> {
  return {
    get: (t) => get(t.cf),
    ...(set
      ? {
          set: (t: CfTarget, v: unknown) => {
            assertWritable(t.sheet);
            set(t.cf, v);
          },
        }
      : {}),
  };
}

const FILL_PROPS = {
  color: cfProp(
    (cf) => cf.fill ?? null,
    (cf, v) => (cf.fill = normaliseColor(v)),
  ),
};
const FONT_PROPS = {
  color: cfProp(
    (cf) => cf.fontColor ?? null,
    (cf, v) => (cf.fontColor = normaliseColor(v)),
  ),
};
const RULE_PROPS = {
  formula: cfProp(
    (cf) => cf.formula ?? null,
    (cf, v) => {
      if (typeof v !== 'string' || !v.startsWith('='))
        throw new RichApiError('InvalidArgument', `Invalid rule formula ${JSON.stringify(v)}.`);
      cf.formula = v;
    },
  ),
};
const BAR_PROPS = {
  fillColor: cfProp(
    (cf) => cf.barColor ?? null,
    (cf, v) => (cf.barColor = normaliseColor(v)),
  ),
  gradientFill: cfProp(
    () => true,
    () => undefined,
  ),
};

const BOUND_TYPES = new Set(['Automatic', 'Number', 'Percent', 'Formula', 'Percentile']);
const NEEDS_FORMULA = new Set(['Number', 'Percent', 'Formula', 'Percentile']);

/** `lowerBoundRule` / `upperBoundRule`: LowestValue only below, HighestValue only above, a formula where the type needs one. */
function barBound(end: 'barLower' | 'barUpper'): Prop<CfTarget> {
  const extreme = end === 'barLower' ? 'LowestValue' : 'HighestValue';
  return cfProp(
    (cf) => cf[end] ?? { type: 'Automatic' },
    (cf, v) => {
      const rule = (v ?? {}) as { type?: unknown; formula?: unknown };
      const type = rule.type;
      const ok =
        typeof type === 'string' &&
        (BOUND_TYPES.has(type) || type === extreme) &&
        (!NEEDS_FORMULA.has(type) || (typeof rule.formula === 'string' && rule.formula !== ''));
      if (!ok)
        throw new RichApiError('InvalidArgument', `Invalid data bar rule ${JSON.stringify(v)}.`);
      cf[end] = {
        type: type,
        ...(typeof rule.formula === 'string' ? { formula: rule.formula } : {}),
      };
    },
  );
}

class CfFillP extends CfPart {
  get __type(): string {
    return 'ConditionalRangeFill';
  }
  __props(): Readonly<Record<string, Prop<CfTarget>>> {
    return FILL_PROPS;
  }
  /** Removes the fill of the rule's format. */
  clear(): void {
    this.__write('clear', null, (t) => {
      assertWritable(t.sheet);
      delete t.cf.fill;
    });
  }
}

function leaf(
  type: string,
  props: Readonly<Record<string, Prop<CfTarget>>>,
  navs: Readonly<Record<string, NavFactory<CfTarget>>> = {},
): new (...a: ConstructorParameters<typeof CfFillP>) => CfPart {
  return class extends CfPart {
    get __type(): string {
      return type;
    }
    __props(): Readonly<Record<string, Prop<CfTarget>>> {
      return props;
    }
    override __navs(): Readonly<Record<string, NavFactory<CfTarget>>> {
      return navs;
    }
  };
}

function nav(
  Ctor: new (...a: ConstructorParameters<typeof CfFillP>) => CfPart,
  when?: string,
): NavFactory<CfTarget> {
  return {
    make: (p) =>
      strict(
        new Ctor(
          p.__ctx,
          derivedSlot(p, (t: CfTarget) => (when === undefined || t.cf.type === when ? t : null)),
        ),
      ),
  };
}

const CfFontP = leaf('ConditionalRangeFont', FONT_PROPS);
const CfFormatP = leaf('ConditionalRangeFormat', {}, { fill: nav(CfFillP), font: nav(CfFontP) });
const CfRuleP = leaf('ConditionalFormatRule', RULE_PROPS);
const CustomP = leaf('CustomConditionalFormat', {}, { rule: nav(CfRuleP), format: nav(CfFormatP) });
const BarPositiveP = leaf('ConditionalDataBarPositiveFormat', BAR_PROPS);
const DataBarP = leaf(
  'DataBarConditionalFormat',
  { lowerBoundRule: barBound('barLower'), upperBoundRule: barBound('barUpper') },
  { positiveFormat: nav(BarPositiveP) },
);

const CF_PROPS: Record<string, Prop<CfTarget>> = {
  id: cfProp((cf) => cf.id),
  type: cfProp((cf) => cf.type),
  stopIfTrue: cfProp(
    (cf) => cf.stopIfTrue,
    (cf, v) => (cf.stopIfTrue = v === true),
  ),
  priority: {
    get: (t) => t.sheet.cfs.indexOf(t.cf),
    set: (t, v) => {
      assertWritable(t.sheet);
      if (typeof v !== 'number' || v < 0)
        throw new RichApiError('InvalidArgument', 'Invalid priority.');
      const list = t.sheet.cfs.filter((c) => c !== t.cf);
      list.splice(Math.min(v, list.length), 0, t.cf);
      t.sheet.cfs = list;
    },
  },
};

const CF_NAVS: Record<string, NavFactory<CfTarget>> = {
  custom: nav(CustomP, 'Custom'),
  customOrNullObject: nav(CustomP, 'Custom'),
  dataBar: nav(DataBarP, 'DataBar'),
  dataBarOrNullObject: nav(DataBarP, 'DataBar'),
};

/** `ConditionalFormat`. */
export class ConditionalFormatP extends CfPart {
  get __type(): string {
    return 'ConditionalFormat';
  }
  __props(): Readonly<Record<string, Prop<CfTarget>>> {
    return CF_PROPS;
  }
  override __navs(): Readonly<Record<string, NavFactory<CfTarget>>> {
    return CF_NAVS;
  }
  /** Deletes this conditional format. */
  delete(): void {
    this.__write('delete', null, (t) => {
      assertWritable(t.sheet);
      t.sheet.cfs = t.sheet.cfs.filter((c) => c !== t.cf);
    });
  }
  /** The single range the format applies to (fails when it has several areas). */
  getRange(): RangeP {
    return this.__create('getRange', null, false, RangeP, (t) => {
      const [only, more] = t.cf.rects;
      if (!only || more)
        throw new RichApiError(
          'InvalidOperation',
          'The conditional format applies to several ranges.',
        );
      return { sheet: t.sheet, rect: only };
    });
  }
  /** Every area the format applies to. */
  getRanges(): RangeAreasP {
    return this.__create('getRanges', null, false, RangeAreasP, (t): AreasTarget => ({
      sheet: t.sheet,
      rects: [...t.cf.rects],
    }));
  }
}

function item(p: DObject<AreasTarget>, sheet: SheetState, cf: CfState): ConditionalFormatP {
  return strict(new ConditionalFormatP(p.__ctx, resolvedSlot({ sheet, cf })));
}

/** `ConditionalFormatCollection` of a Range or RangeAreas: the formats that touch it. */
export class CfCollectionP extends DObject<AreasTarget> {
  get __type(): string {
    return 'ConditionalFormatCollection';
  }
  __props(): Readonly<Record<string, Prop<AreasTarget>>> {
    return {};
  }
  override __alive(t: AreasTarget): void {
    assertAlive(t.sheet);
  }
  override __items(t: AreasTarget): DObject<unknown>[] {
    if (t.sheet.cfLoadFails)
      throw new RichApiError(
        t.sheet.cfLoadFails,
        'An internal error has occurred.',
        'ConditionalFormatCollection.load',
      );
    return touching(t.sheet, t.rects).map((cf) => item(this, t.sheet, cf));
  }
  /** Adds a format at the top priority over the collection's areas. */
  add(type: string): ConditionalFormatP {
    if (!MODELLED_TYPES.has(type))
      throw new RichApiError('InvalidArgument', `Conditional format type ${type} is not modelled.`);
    return this.__create('add', { type }, true, ConditionalFormatP, (t) => {
      assertWritable(t.sheet);
      const cf: CfState = {
        id: this.__ctx.host.newId('cf'),
        type,
        rects: t.rects.map((r) => ({ ...r })),
        stopIfTrue: false,
      };
      t.sheet.cfs.unshift(cf);
      return { sheet: t.sheet, cf };
    });
  }
  /** The format at `index` among those touching the areas. */
  getItemAt(index: number): ConditionalFormatP {
    return this.__create('getItemAt', { index }, false, ConditionalFormatP, (t) => {
      const cf = touching(t.sheet, t.rects)[index];
      if (!cf) throw new RichApiError('ItemNotFound', `No conditional format at index ${index}.`);
      return { sheet: t.sheet, cf };
    });
  }
  /** Removes conditional formatting from the areas (formats reaching outside are trimmed). */
  clearAll(): void {
    this.__write('clearAll', null, (t) => {
      assertWritable(t.sheet);
      for (const cf of t.sheet.cfs)
        cf.rects = cf.rects.flatMap((a) =>
          t.rects.reduce<Rect[]>((acc, b) => acc.flatMap((x) => subtract(x, b)), [a]),
        );
      t.sheet.cfs = t.sheet.cfs.filter((cf) => cf.rects.length > 0);
    });
  }
}
