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

/** The number in the text: parsed from the bytes when plain, else as `Number()` reads it. */
function numberIn(buf: Uint8Array, text: RawText): number {
  const fast = text.single ? plainNumber(buf, text.start, text.end) : NaN;
  if (!Number.isNaN(fast)) return fast;
  const raw = text.text(buf);
  return raw.trim() === '' ? NaN : Number(raw);
}

function sharedString(buf: Uint8Array, text: RawText, context: SheetContext): CellValue {
  const fast = text.single ? plainNumber(buf, text.start, text.end) : NaN;
  const index = Number.isNaN(fast) ? Number(text.text(buf)) : fast;
  const shared = context.sharedStrings[index];
  if (shared === undefined) throw new FormatError(`shared string ${text.text(buf)} missing`);
  return shared === '' ? null : shared;
}

function plainValue(
  buf: Uint8Array,
  text: RawText,
  style: number,
  context: SheetContext,
): CellValue {
  const n = numberIn(buf, text);
  if (Number.isNaN(n)) {
    if (text.text(buf).trim() === '') return null;
    throw new FormatError(`bad number ${text.text(buf)}`);
  }
  if (!Number.isFinite(n)) throw new FormatError(`bad number ${text.text(buf)}`);
  return context.dateStyles[style] === true ? excelSerialToDate(n, context.date1904) : n;
}

/**
 * A cell's value from its type and raw text: the cached result for a formula, shared strings looked
 * up, date-formatted numbers as Dates (as exceljs reads them), errors as `{ error }`. Inline and
 * formula strings go through `texts`, which hands back the same string for the same bytes.
 */
export function decodeCell(
  buf: Uint8Array,
  type: CellType,
  style: number,
  text: RawText,
  context: SheetContext,
  texts: CellTextCache,
): CellValue {
  switch (type) {
    case CellType.Shared:
      return sharedString(buf, text, context);
    case CellType.Formula:
    case CellType.Inline:
      return textValue(buf, text, texts);
    case CellType.Bool: {
      const v = text.text(buf).trim();
      return v === '1' || v === 'true';
    }
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
