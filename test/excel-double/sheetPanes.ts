import { parseA1 } from './a1';
import { RichApiError } from './errors';
import { assertAlive, rangeArg } from './guards';
import { MAX_COLS, MAX_ROWS } from './limits';
import { DObject, type Prop } from './proxy';
import type { PageState, SheetState } from './state';

abstract class SheetPart extends DObject<SheetState> {
  override __alive(t: SheetState): void {
    assertAlive(t);
  }
}

/** `WorksheetProtection` (read-only in the double; tests protect sheets through the workbook). */
export class ProtectionP extends SheetPart {
  get __type(): string {
    return 'WorksheetProtection';
  }
  __props(): Readonly<Record<string, Prop<SheetState>>> {
    return { protected: { get: (t) => t.protected } };
  }
}

function count(n: unknown, max: number): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > max)
    throw new RichApiError('InvalidArgument', `Invalid count ${JSON.stringify(n)}.`);
  return n;
}

/** `WorksheetFreezePanes`. */
export class FreezeP extends SheetPart {
  get __type(): string {
    return 'WorksheetFreezePanes';
  }
  __props(): Readonly<Record<string, Prop<SheetState>>> {
    return {};
  }
  freezeRows(n = 1): void {
    this.__write('freezeRows', [n], (t) => (t.freeze = { rows: count(n, MAX_ROWS - 1), cols: 0 }));
  }
  freezeColumns(n = 1): void {
    this.__write(
      'freezeColumns',
      [n],
      (t) => (t.freeze = { rows: 0, cols: count(n, MAX_COLS - 1) }),
    );
  }
  /** Freezes the rows above and columns left of the range's bottom-right corner, inclusive. */
  freezeAt(range: unknown): void {
    this.__write('freezeAt', typeof range === 'string' ? range : null, (t) => {
      const r = rangeArg(t, range);
      t.freeze = { rows: r.r2, cols: r.c2 };
    });
  }
  unfreeze(): void {
    this.__write('unfreeze', null, (t) => delete t.freeze);
  }
}

const ORIENTATIONS = new Set(['Portrait', 'Landscape']);
const PAPERS = new Set(['A3', 'A4', 'A5', 'B4', 'B5', 'Letter', 'Legal']);

function pageProp<K extends keyof PageState>(
  key: K,
  check: (v: unknown) => PageState[K],
): Prop<SheetState> {
  return { get: (t) => t.page[key] ?? null, set: (t, v) => (t.page[key] = check(v)) };
}

function oneOf(set: Set<string>): (v: unknown) => string {
  return (v) => {
    if (typeof v !== 'string' || !set.has(v))
      throw new RichApiError('InvalidArgument', `Invalid value ${JSON.stringify(v)}.`);
    return v;
  };
}

function margin(v: unknown): number {
  if (typeof v !== 'number' || v < 0 || v > 1000)
    throw new RichApiError('InvalidArgument', `Invalid margin ${JSON.stringify(v)}.`);
  return v;
}

function zoom(v: unknown): PageState['zoom'] {
  const z = (v ?? {}) as Record<string, unknown>;
  const known = Object.keys(z).every((k) =>
    ['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k),
  );
  const ints = ['horizontalFitToPages', 'verticalFitToPages'].every(
    (k) => z[k] === undefined || (Number.isInteger(z[k]) && (z[k] as number) >= 0),
  );
  const scale =
    z.scale === undefined || (typeof z.scale === 'number' && z.scale >= 10 && z.scale <= 400);
  if (!known || !ints || !scale || Object.keys(z).length === 0)
    throw new RichApiError('InvalidArgument', `Invalid zoom ${JSON.stringify(v)}.`);
  return { ...z };
}

const PAGE_PROPS: Record<string, Prop<SheetState>> = {
  orientation: pageProp('orientation', oneOf(ORIENTATIONS)),
  paperSize: pageProp('paperSize', oneOf(PAPERS)),
  leftMargin: pageProp('leftMargin', margin),
  rightMargin: pageProp('rightMargin', margin),
  topMargin: pageProp('topMargin', margin),
  bottomMargin: pageProp('bottomMargin', margin),
  zoom: pageProp('zoom', zoom),
};

/** `PageLayout`. */
export class PageLayoutP extends SheetPart {
  get __type(): string {
    return 'PageLayout';
  }
  __props(): Readonly<Record<string, Prop<SheetState>>> {
    return PAGE_PROPS;
  }
  /** Rows repeated at the top of each printed page (`$1:$2` or a whole-row range). */
  setPrintTitleRows(rows: unknown): void {
    this.__write('setPrintTitleRows', typeof rows === 'string' ? rows : null, (t) => {
      const r = typeof rows === 'string' ? parseA1(rows)?.rect : rangeArg(t, rows);
      if (!r || r.c1 !== 1 || r.c2 !== MAX_COLS)
        throw new RichApiError(
          'InvalidArgument',
          `Print title rows must be whole rows: ${JSON.stringify(rows)}.`,
        );
      t.page.printTitleRows = `$${r.r1}:$${r.r2}`;
    });
  }
}
