import { columnLetter, type CellValue } from '../../core/cells';
import { FormatError } from '../errors';
import { LIMITS } from '../limits';
import { findAttr } from '../xml/byteAttr';
import { nameIs, nextLt, readTag, TagCursor, TagKind } from '../xml/byteTag';
import { RawText } from '../xml/byteText';
import { latin1 } from '../xml/utf8';
import type { ByteScanner } from '../xml/chunks';
import { readCellBody } from './cellBody';
import { CellTextCache } from './cellTextCache';
import { CellHead, positiveIntAt } from './cellHead';
import { decodeCell, type SheetContext } from './decodeCell';

// Longest reference quoted back to the teacher: enough to recognise it, never the whole garbage.
const MAX_QUOTED = 24;
const GT = 0x3e;
const SLASH = 0x2f;
const C = 0x63;

function endsName(b: number | undefined): boolean {
  return b === 0x20 || b === GT || b === SLASH || b === 0x0a || b === 0x0d || b === 0x09;
}

/**
 * Reads a worksheet part's `<sheetData>` straight from its UTF-8 bytes and hands each row holding
 * at least one value to `onRow`, with its real row number. A cell is read whole or not at all:
 * when a chunk ends inside one, `scan` returns the cell's start and the bytes come again with the
 * next chunk. Tags, attributes and plain numbers are read from the bytes; only text becomes strings.
 */
export class SheetScanner implements ByteScanner {
  /** True once `</sheetData>` is seen: the rest of the part (merges, print setup) is not needed. */
  done = false;
  private inData = false;
  private rowNumber = 0;
  /** The last row handed on: rows must rise, or two values claim one place (see endRow). */
  private lastRow = 0;
  private cells: CellValue[] = [];
  /** Number, shared-string and true/false cells whose value was empty, and the first of them. */
  private emptyCount = 0;
  private emptyAt = { row: 0, col: 0 };
  private col = 0;
  private readonly tag = new TagCursor();
  private readonly text = new RawText();
  private readonly head = new CellHead();

  /** Creates a scanner for one sheet; `texts` may be shared by the sheets of a workbook. */
  constructor(
    private readonly context: SheetContext,
    private readonly onRow: (rowNumber: number, cells: CellValue[]) => void,
    private readonly texts: CellTextCache = new CellTextCache(),
  ) {}

  scan(buf: Uint8Array): number {
    const tag = this.tag;
    let pos = 0;
    while (!this.done) {
      const lt = nextLt(buf, pos);
      if (lt < 0) return buf.length;
      if (this.inData && buf[lt + 1] === C && endsName(buf[lt + 2])) {
        // `<c`: read directly, the common case by far.
        const end = this.cell(buf, lt + 2);
        if (end < 0) return lt;
        pos = end;
        continue;
      }
      if (!readTag(buf, lt, tag)) return lt;
      pos = tag.end;
      if (tag.kind === TagKind.Open && this.inData && nameIs(buf, tag, 'c')) {
        const end = this.cell(buf, tag.attrsStart); // a prefixed `<x:c`
        if (end < 0) return lt;
        pos = end;
      } else if (tag.kind === TagKind.Open || tag.kind === TagKind.Close) {
        this.structure(buf, tag);
      }
    }
    return buf.length;
  }

  private structure(buf: Uint8Array, tag: TagCursor): void {
    const open = tag.kind === TagKind.Open;
    if (nameIs(buf, tag, 'row')) {
      if (open) {
        const r = findAttr(buf, tag, 'r') ? positiveIntAt(buf, tag.valueStart, tag.valueEnd) : 0;
        this.rowNumber = r > 0 ? r : this.rowNumber + 1;
        // Nothing downstream may size memory by a row number, so none past Excel's grid gets in.
        if (this.rowNumber > LIMITS.rows) {
          const row = r > 0 ? latin1(buf, tag.valueStart, tag.valueEnd) : this.rowNumber;
          throw new FormatError(`row ${row} beyond Excel`, 'io.rowBeyond', {
            row: String(row).slice(0, MAX_QUOTED),
          });
        }
        this.cells = [];
        this.col = 0;
      }
      if (!open || tag.selfClosing) this.endRow();
    } else if (nameIs(buf, tag, 'sheetData')) {
      if (open && !tag.selfClosing) this.inData = true;
      else {
        this.inData = false;
        this.done = true;
      }
    }
  }

  private endRow(): void {
    if (this.cells.length === 0) return;
    const cells = this.cells;
    this.cells = [];
    // Excel writes rows rising; a row with values at or above the last one repeats a row (two
    // values for one place) or breaks the order every reader of rows relies on.
    if (this.rowNumber <= this.lastRow) this.rowOutOfPlace(cells);
    this.lastRow = this.rowNumber;
    this.onRow(this.rowNumber, cells);
  }

  private rowOutOfPlace(cells: readonly CellValue[]): never {
    const row = this.rowNumber;
    const cell = `${columnLetter(cells.findIndex((v) => v !== null) + 1)}${row}`;
    if (row === this.lastRow)
      throw new FormatError(`row ${row} given twice`, 'io.rowTwice', { row, cell });
    throw new FormatError(`row ${row} after row ${this.lastRow}`, 'io.rowOrder', {
      row,
      previous: this.lastRow,
      cell,
    });
  }

  /** Where the first empty value was and how many there were, for the teacher's notice. */
  get emptyValues(): { count: number; row: number; col: number } | undefined {
    return this.emptyCount === 0 ? undefined : { count: this.emptyCount, ...this.emptyAt };
  }

  /** Reads the cell whose attributes start at `from`; returns the index after it, or -1. */
  private cell(buf: Uint8Array, from: number): number {
    const head = this.head;
    let end = head.read(buf, from);
    if (end < 0) return -1;
    const col = head.column > 0 ? head.column : this.col + 1; // `r` is optional: then the next column
    if (col > LIMITS.columns) this.columnBeyond(buf, col);
    this.text.reset();
    if (!head.selfClosing) {
      end = readCellBody(buf, end, this.tag, this.text);
      if (end < 0) return -1;
    }
    this.col = col;
    if (!this.text.present) return end;
    let value: CellValue | undefined;
    try {
      value = decodeCell(buf, head.type, head.style, this.text, this.context, this.texts);
    } catch (error) {
      throw error instanceof FormatError ? this.placed(error, col) : error;
    }
    if (value === undefined) this.emptyValue(col);
    else if (value !== null) this.put(col, value);
    return end;
  }

  private ref(col: number): string {
    return `${columnLetter(col)}${this.rowNumber}`;
  }

  /** The cell's error with its A1 reference, so the teacher can go to it. */
  private placed(error: FormatError, col: number): FormatError {
    return new FormatError(error.message, error.messageKey, {
      ...error.params,
      cell: this.ref(col),
    });
  }

  private emptyValue(col: number): void {
    if (this.emptyCount++ === 0) this.emptyAt = { row: this.rowNumber, col };
  }

  private columnBeyond(buf: Uint8Array, col: number): never {
    const head = this.head;
    const cell =
      head.column > 0
        ? latin1(buf, head.refStart, Math.min(head.refEnd, head.refStart + MAX_QUOTED))
        : `${columnLetter(col)}${this.rowNumber}`;
    throw new FormatError(`column ${col} beyond XFD`, 'io.columnBeyond', { cell });
  }

  /** The part ended before `</sheetData>`: it was cut short (a complete sheet always has one). */
  finish(): void {
    throw new FormatError('worksheet ends before </sheetData>');
  }

  private put(col: number, value: CellValue): void {
    const cells = this.cells;
    while (cells.length < col - 1) cells.push(null);
    if (cells.length === col - 1) cells.push(value);
    else if (cells[col - 1] === null)
      cells[col - 1] = value; // cells out of order, each once
    else throw new FormatError(`cell given twice`, 'io.cellTwice', { cell: this.ref(col) });
  }
}
