import { columnLetter, type CellValue } from '../../../core/cells';
import { FormatError } from '../../errors';
import { excelSerialToDate, isDateFormat } from '../../xlsx/dates';
import { damaged, f64, u16, u32, u8 } from '../bytes';
import { SheetGrid } from '../grid';
import { encrypted, type Globals, text8 } from './globals';
import { records, Rt } from './records';
import { rkValue } from './rk';
import { readUnicodeString } from './strings';

/** BIFF8's grid: 65,536 rows by 256 columns (A..IV); a record outside it is damage. */
const MAX_ROWS = 65536;
const MAX_COLS = 256;

const ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function errorValue(code: number): CellValue {
  return { error: ERRORS[code] ?? '#N/A' };
}

/** Reads one worksheet's cell records into a grid (rows and columns 1-based, as Excel shows them). */
export class SheetReader {
  private readonly grid = new SheetGrid(MAX_ROWS, MAX_COLS);
  private readonly dateXf = new Map<number, boolean>();
  /** A formula whose string result is in the STRING record that follows it. */
  private pendingString: { row: number; col: number } | undefined;

  /** A reader for cells that refer to `globals`. */
  constructor(private readonly globals: Globals) {}

  /** Reads the substream whose BOF is at `offset`; charts embedded in it are stepped over. */
  read(stream: Uint8Array, offset: number): SheetGrid {
    if (offset >= stream.length) throw damaged(`sheet offset ${offset} beyond the stream`);
    let depth = 0;
    for (const record of records(stream, offset)) {
      if (record.type === Rt.Bof) depth++;
      else if (record.type === Rt.Eof && --depth === 0) return this.grid;
      else if (record.type === Rt.FilePass) throw encrypted();
      else if (depth === 1) this.cell(record.type, record.data, record.segments);
      if (depth === 0) throw damaged('sheet substream does not start with BOF');
    }
    throw damaged('sheet substream has no EOF');
  }

  private cell(type: number, d: Uint8Array, segments: readonly Uint8Array[]): void {
    if (type === Rt.String) return this.stringResult(d, segments);
    if (!isCellRecord(type)) return;
    this.pendingString = undefined;
    const row = u16(d, 0) + 1;
    const col = u16(d, 2) + 1;
    switch (type) {
      case Rt.LabelSst: {
        const index = u32(d, 6);
        const text = this.globals.sst[index];
        if (text === undefined) {
          throw new FormatError(`shared string ${index} missing`, 'io.badSharedString', {
            cell: `${columnLetter(col)}${row}`,
            index: String(index),
            count: this.globals.sst.length,
          });
        }
        return this.grid.put(row, col, text);
      }
      case Rt.Label:
      case Rt.RString:
        return this.grid.put(row, col, this.label(d, segments));
      case Rt.Number:
        return this.grid.put(row, col, this.number(finite(f64(d, 6), row, col), u16(d, 4)));
      case Rt.Rk:
        return this.grid.put(row, col, this.number(rkValue(u32(d, 6)), u16(d, 4)));
      case Rt.MulRk:
        return this.mulRk(d, row, col);
      case Rt.BoolErr:
        return this.grid.put(row, col, u8(d, 7) ? errorValue(u8(d, 6)) : u8(d, 6) !== 0);
      case Rt.Formula:
        return this.formula(d, row, col);
    }
  }

  private label(d: Uint8Array, segments: readonly Uint8Array[]): string {
    return this.globals.version === 'biff8'
      ? readUnicodeString(segments, 6)
      : text8(d, 6, 2, this.globals.text8);
  }

  private mulRk(d: Uint8Array, row: number, first: number): void {
    const count = Math.floor((d.length - 6) / 6);
    for (let k = 0; k < count; k++) {
      const at = 4 + 6 * k;
      this.grid.put(row, first + k, this.number(rkValue(u32(d, at + 2)), u16(d, at)));
    }
  }

  private formula(d: Uint8Array, row: number, col: number): void {
    if (u16(d, 12) !== 0xffff)
      return this.grid.put(row, col, this.number(finite(f64(d, 6), row, col), u16(d, 4)));
    switch (u8(d, 6)) {
      case 0:
        this.pendingString = { row, col };
        return;
      case 1:
        return this.grid.put(row, col, u8(d, 8) !== 0);
      case 2:
        return this.grid.put(row, col, errorValue(u8(d, 8)));
      default:
        return; // 3: the formula gives an empty string
    }
  }

  private stringResult(d: Uint8Array, segments: readonly Uint8Array[]): void {
    const target = this.pendingString;
    this.pendingString = undefined;
    if (!target) return;
    const text =
      this.globals.version === 'biff8'
        ? readUnicodeString(segments, 0)
        : text8(d, 0, 2, this.globals.text8);
    this.grid.put(target.row, target.col, text);
  }

  /** A number as the .xlsx reader gives it: a Date when its format shows a date, not finite → empty. */
  private number(value: number, xf: number): CellValue {
    if (!Number.isFinite(value)) return null;
    return this.isDate(xf) ? excelSerialToDate(value, this.globals.date1904) : value;
  }

  private isDate(xf: number): boolean {
    let known = this.dateXf.get(xf);
    if (known === undefined) {
      const format = this.globals.xfFormats[xf];
      known = format !== undefined && isDateFormat(format, this.globals.customFormats);
      this.dateXf.set(xf, known);
    }
    return known;
  }
}

/**
 * A NUMBER record's value: Excel cannot hold NaN or an infinity, so one is damage, named by its
 * cell (not read as an empty cell, which would drop a grade without a word).
 */
function finite(value: number, row: number, col: number): number {
  if (Number.isFinite(value)) return value;
  throw new FormatError(`number ${value} in a cell`, 'io.badNumber', {
    cell: `${columnLetter(col)}${row}`,
    text: String(value),
  });
}

function isCellRecord(type: number): boolean {
  return (
    type === Rt.LabelSst ||
    type === Rt.Label ||
    type === Rt.RString ||
    type === Rt.Number ||
    type === Rt.Rk ||
    type === Rt.MulRk ||
    type === Rt.BoolErr ||
    type === Rt.Formula ||
    type === 0x0201 || // BLANK
    type === 0x00be // MULBLANK
  );
}
