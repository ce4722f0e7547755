import { RichApiError } from './errors';
import {
  columnWidthOf,
  rowHeightOf,
  setCellAttr,
  setColumnWidth,
  setFontAttr,
  setRowHeight,
  uniform,
} from './formatOps';
import { assertWritable, normaliseColor, type AreasTarget } from './guards';
import { derivedSlot as derived, DObject, strict, type NavFactory, type Prop } from './proxy';

const UNDERLINES = new Set(['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant']);
const VERTICAL = new Set(['Top', 'Center', 'Bottom', 'Justify', 'Distributed']);

function oneOf(set: Set<string>): (v: unknown) => unknown {
  return (v) => {
    if (typeof v !== 'string' || !set.has(v))
      throw new RichApiError('InvalidArgument', `Invalid value ${JSON.stringify(v)}.`);
    return v;
  };
}

const ALIGNMENTS = new Set([
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
]);

/** `RangeFill` over one or more areas. */
export class FillP extends DObject<AreasTarget> {
  get __type(): string {
    return 'RangeFill';
  }
  __props(): Readonly<Record<string, Prop<AreasTarget>>> {
    return FILL_PROPS;
  }
  /** Removes the fill. */
  clear(): void {
    this.__write('clear', null, (t) => {
      assertWritable(t.sheet);
      setCellAttr(t.sheet, t.rects, 'fill', undefined);
    });
  }
}

const FILL_PROPS: Record<string, Prop<AreasTarget>> = {
  color: {
    get: (t) => uniform(t.sheet, t.rects, (c) => c?.fill ?? '#FFFFFF'),
    set: (t, v) => {
      assertWritable(t.sheet);
      setCellAttr(t.sheet, t.rects, 'fill', normaliseColor(v));
    },
  },
};

function fontProp<K extends 'bold' | 'italic' | 'size' | 'name' | 'color' | 'underline'>(
  key: K,
  fallback: unknown,
  check: (v: unknown) => unknown,
): Prop<AreasTarget> {
  return {
    get: (t) => uniform(t.sheet, t.rects, (c) => c?.font?.[key] ?? fallback),
    set: (t, v) => {
      assertWritable(t.sheet);
      setFontAttr(t.sheet, t.rects, key, check(v) as never);
    },
  };
}

function typed(kind: 'boolean' | 'number' | 'string'): (v: unknown) => unknown {
  return (v) => {
    if (typeof v !== kind)
      throw new RichApiError('InvalidArgument', `Expected a ${kind}, got ${JSON.stringify(v)}.`);
    return v;
  };
}

const FONT_PROPS: Record<string, Prop<AreasTarget>> = {
  bold: fontProp('bold', false, typed('boolean')),
  italic: fontProp('italic', false, typed('boolean')),
  size: fontProp('size', 11, typed('number')),
  name: fontProp('name', 'Calibri', typed('string')),
  color: fontProp('color', '#000000', normaliseColor),
  underline: fontProp('underline', 'None', oneOf(UNDERLINES)),
};

/** `RangeFont` over one or more areas. */
export class FontP extends DObject<AreasTarget> {
  get __type(): string {
    return 'RangeFont';
  }
  __props(): Readonly<Record<string, Prop<AreasTarget>>> {
    return FONT_PROPS;
  }
}

const FORMAT_PROPS: Record<string, Prop<AreasTarget>> = {
  rowHeight: {
    get: (t) => rowHeightOf(t.sheet, t.rects),
    set: (t, v) => {
      assertWritable(t.sheet);
      if (typeof v !== 'number' || v < 0 || v > 409)
        throw new RichApiError('InvalidArgument', `Invalid row height ${JSON.stringify(v)}.`);
      setRowHeight(t.sheet, t.rects, v);
    },
  },
  columnWidth: {
    get: (t) => columnWidthOf(t.sheet, t.rects),
    set: (t, v) => {
      assertWritable(t.sheet);
      if (typeof v !== 'number' || v < 0 || v > 1500)
        throw new RichApiError('InvalidArgument', `Invalid column width ${JSON.stringify(v)}.`);
      setColumnWidth(t.sheet, t.rects, v);
    },
  },
  horizontalAlignment: {
    get: (t) => uniform(t.sheet, t.rects, (c) => c?.hAlign ?? 'General'),
    set: (t, v) => {
      assertWritable(t.sheet);
      if (typeof v !== 'string' || !ALIGNMENTS.has(v))
        throw new RichApiError('InvalidArgument', `Invalid alignment ${JSON.stringify(v)}.`);
      setCellAttr(t.sheet, t.rects, 'hAlign', v === 'General' ? undefined : v);
    },
  },
  verticalAlignment: {
    get: (t) => uniform(t.sheet, t.rects, (c) => c?.vAlign ?? 'Bottom'),
    set: (t, v) => {
      assertWritable(t.sheet);
      oneOf(VERTICAL)(v);
      setCellAttr(t.sheet, t.rects, 'vAlign', v === 'Bottom' ? undefined : (v as string));
    },
  },
  wrapText: {
    get: (t) => uniform(t.sheet, t.rects, (c) => c?.wrap ?? false),
    set: (t, v) => {
      assertWritable(t.sheet);
      if (typeof v !== 'boolean')
        throw new RichApiError('InvalidArgument', 'wrapText must be a boolean.');
      setCellAttr(t.sheet, t.rects, 'wrap', v ? true : undefined);
    },
  },
};

const FORMAT_NAVS: Record<string, NavFactory<AreasTarget>> = {
  fill: {
    make: (p) =>
      strict(
        new FillP(
          p.__ctx,
          derived(p, (t) => t),
        ),
      ),
  },
  font: {
    make: (p) =>
      strict(
        new FontP(
          p.__ctx,
          derived(p, (t) => t),
        ),
      ),
  },
};

/** `RangeFormat` of a Range or RangeAreas. */
export class RangeFormatP extends DObject<AreasTarget> {
  get __type(): string {
    return 'RangeFormat';
  }
  __props(): Readonly<Record<string, Prop<AreasTarget>>> {
    return FORMAT_PROPS;
  }
  override __navs(): Readonly<Record<string, NavFactory<AreasTarget>>> {
    return FORMAT_NAVS;
  }
}
