import { DoubleMisuse, RichApiError } from './errors';
import { parseA1 } from './a1';
import type { Rect } from './rect';
import type { SheetState } from './state';
import type { DObject } from './proxy';

/** A range: one rectangle on one sheet. */
export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

/** Several rectangles on one sheet (RangeAreas, and anything formatted through one). */
export interface AreasTarget {
  readonly sheet: SheetState;
  readonly rects: readonly Rect[];
}

/** Fails like Excel when the sheet is gone. */
export function assertAlive(sheet: SheetState): void {
  if (sheet.deleted)
    throw new RichApiError('ItemNotFound', `The worksheet '${sheet.name}' was deleted.`);
}

/** Writes to cells, formats and conditional formats of a protected sheet are refused. */
export function assertWritable(sheet: SheetState): void {
  assertAlive(sheet);
  if (sheet.protected)
    throw new RichApiError(
      'AccessDenied',
      `The worksheet '${sheet.name}' is protected; the cells cannot be changed.`,
      sheet.name,
    );
}

/** `#RRGGBB`, upper-cased as Excel reports it; anything else is an invalid argument. */
export function normaliseColor(value: unknown): string {
  if (typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value)) return value.toUpperCase();
  throw new RichApiError('InvalidArgument', `Invalid colour ${JSON.stringify(value)}.`);
}

/** Parses an address on `sheet` (a sheet prefix must name that sheet). */
export function rectOn(sheet: SheetState, address: string): Rect {
  const parsed = parseA1(address);
  if (!parsed) throw new RichApiError('InvalidArgument', `Invalid address '${address}'.`);
  if (parsed.sheet !== undefined && parsed.sheet.toUpperCase() !== sheet.name.toUpperCase())
    throw new RichApiError(
      'InvalidArgument',
      `Address '${address}' is not on sheet '${sheet.name}'.`,
    );
  return parsed.rect;
}

/** Resolves a `Range | string` argument at sync time. */
export function rangeArg(sheet: SheetState, arg: unknown): Rect {
  if (typeof arg === 'string') return rectOn(sheet, arg);
  const target = (arg as DObject<RangeTarget>).__target();
  if (!target || !('rect' in target)) throw new DoubleMisuse('expected a Range or an address');
  if (target.sheet !== sheet)
    throw new RichApiError('InvalidArgument', 'The range is on another sheet.');
  return target.rect;
}
