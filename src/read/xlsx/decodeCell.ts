import type { CellValue } from '../../core/cells';
import { FormatError } from '../errors';
import { plainNumber } from '../xml/byteNumber';
import type { RawText } from '../xml/byteText';
import { decodeXml } from '../xml/text';
import { cellTextOf, type CellTextCache } from './cellTextCache';
import { CellType } from './cellType';
import { excelSerialToDate } from './dates';

/** What a sheet's cells refer to outside the sheet part. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

function cellText(raw: string): CellValue {
  const value = cellTextOf(raw);
  return value === '' ? null : value;
}

/** A text cell's value; one run of bytes (nearly every cell) is looked up by its bytes. */
function textValue(buf: Uint8Array, text: RawText, texts: CellTextCache): CellValue {
  if (!text.single) return cellText(text.text(buf));
  if (text.start < 0) return null;
  const value = texts.text(buf, text.start, text.end);
  return value === '' ? null : value;
}

// Longest cell text quoted back to the teacher: enough to recognise it, never the whole garbage.
const MAX_QUOTED = 24;

/** The cell's text as the teacher would see it in a message (entities resolved, cut short). */
function quoted(buf: Uint8Array, text: RawText): string {
  return decodeXml(text.text(buf)).trim().slice(0, MAX_QUOTED);
}

/** The text with entities resolved, only when it holds one (a writer may spell digits `&#53;`). */
function resolved(buf: Uint8Array, text: RawText): string {
  const raw = text.text(buf);
  return raw.includes('&') ? decodeXml(raw) : raw;
}

/** The number in the text: parsed from the bytes when plain, else as `Number()` reads it. */
function numberIn(buf: Uint8Array, text: RawText): number {
  const fast = text.single ? plainNumber(buf, text.start, text.end) : NaN;
  if (!Number.isNaN(fast)) return fast;
  const raw = resolved(buf, text);
  return raw.trim() === '' ? NaN : Number(raw);
}

function isBlank(buf: Uint8Array, text: RawText): boolean {
  return (text.single && text.start < 0) || text.text(buf).trim() === '';
}

/** A shared-string cell: its text is the index, a whole number below the table's length. */
function sharedString(
  buf: Uint8Array,
  text: RawText,
  context: SheetContext,
): CellValue | undefined {
  const fast = text.single ? plainNumber(buf, text.start, text.end) : NaN;
  if (Number.isNaN(fast) && isBlank(buf, text)) return undefined;
  const index = Number.isNaN(fast) ? Number(resolved(buf, text).trim()) : fast;
  const shared = Number.isInteger(index) && index >= 0 ? context.sharedStrings[index] : undefined;
  if (shared === undefined) {
    throw new FormatError(`shared string ${text.text(buf)} missing`, 'io.badSharedString', {
      index: quoted(buf, text),
      count: context.sharedStrings.length,
    });
  }
  return shared === '' ? null : shared;
}

function booleanValue(buf: Uint8Array, text: RawText): CellValue | undefined {
  const v = resolved(buf, text).trim();
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  if (v === '') return undefined;
  throw new FormatError(`bad boolean ${v}`, 'io.badBoolean', { text: quoted(buf, text) });
}

function plainValue(
  buf: Uint8Array,
  text: RawText,
  style: number,
  context: SheetContext,
): CellValue | undefined {
  const n = numberIn(buf, text);
  if (Number.isNaN(n) && isBlank(buf, text)) return undefined;
  if (!Number.isFinite(n)) {
    throw new FormatError(`bad number ${text.text(buf)}`, 'io.badNumber', {
      text: quoted(buf, text),
    });
  }
  return context.dateStyles[style] === true ? excelSerialToDate(n, context.date1904) : n;
}

/**
 * A cell's value from its type and raw text: the cached result for a formula, shared strings looked
 * up, date-formatted numbers as Dates (as exceljs reads them), errors as `{ error }`. Inline and
 * formula strings go through `texts`, which hands back the same string for the same bytes.
 * `undefined`: a number, shared-string or true/false cell whose value element is empty (read as an
 * empty cell; the caller tells the teacher). A value that cannot be what its type says raises a
 * FormatError (`io.badNumber`, `io.badSharedString`, `io.badBoolean`) for the caller to place.
 */
export function decodeCell(
  buf: Uint8Array,
  type: CellType,
  style: number,
  text: RawText,
  context: SheetContext,
  texts: CellTextCache,
): CellValue | undefined {
  switch (type) {
    case CellType.Shared:
      return sharedString(buf, text, context);
    case CellType.Formula:
    case CellType.Inline:
      return textValue(buf, text, texts);
    case CellType.Bool:
      return booleanValue(buf, text);
    case CellType.Error:
      return { error: decodeXml(text.text(buf)).trim() };
    case CellType.Date: {
      const raw = text.text(buf);
      const date = new Date(raw.trim());
      return Number.isNaN(date.getTime()) ? cellText(raw) : date;
    }
    default:
      return plainValue(buf, text, style, context);
  }
}
