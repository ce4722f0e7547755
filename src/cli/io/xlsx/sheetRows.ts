import type { CellValue } from '../../../core/cells';
import { FormatError } from '../errors';
import { attr, type XmlHandler } from '../xml/scanner';
import { decodeExcelEscapes, decodeXml, detach } from '../xml/text';
import { excelSerialToDate } from './dates';

/** What a sheet's cells refer to outside the sheet part. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** Column number of an A1 reference's letters (`AB12` → 28); 0 when the reference has none. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

function text(raw: string): CellValue {
  const value = decodeExcelEscapes(decodeXml(raw));
  return value === '' ? null : detach(value);
}

/**
 * Parses a worksheet's `<sheetData>` and hands each row holding at least one value to `onRow`
 * with its real row number; rows that only carry formatting are skipped, and nothing is kept.
 */
export class SheetRowsHandler implements XmlHandler {
  /** True once `</sheetData>` is seen: the rest of the part (merges, print setup) is not needed. */
  done = false;
  private inData = false;
  private rowNumber = 0;
  private cells: (CellValue | undefined)[] = [];
  private col = 0;
  private type = '';
  private style = 0;
  private value: string | undefined;
  private collecting = false;
  private phonetic = 0;

  /** Creates a handler for one sheet. */
  constructor(
    private readonly context: SheetContext,
    private readonly onRow: (rowNumber: number, cells: CellValue[]) => void,
  ) {}

  open(name: string, attrs: string): void {
    if (name === 'c') {
      const ref = attr(attrs, 'r');
      const col = ref === undefined ? 0 : columnOf(ref);
      this.col = col > 0 ? col : this.col + 1; // `r` is optional: then it is the next column
      this.type = attr(attrs, 't') ?? 'n';
      this.style = Number(attr(attrs, 's') ?? 0);
      this.value = undefined;
    } else if (name === 'v') {
      this.value = '';
      this.collecting = true;
    } else if (name === 't') {
      // Inline string text; its runs are concatenated, phonetic guides left out.
      if (this.value === undefined) this.value = '';
      this.collecting = this.phonetic === 0;
    } else if (name === 'rPh') {
      this.phonetic++;
    } else if (name === 'row') {
      const r = Number(attr(attrs, 'r'));
      this.rowNumber = Number.isInteger(r) && r > 0 ? r : this.rowNumber + 1;
      this.cells = [];
      this.col = 0;
    } else if (name === 'sheetData') {
      this.inData = true;
    }
  }

  close(name: string): void {
    if (name === 'c') {
      if (!this.inData) return;
      const value = this.cellValue();
      if (value !== null) this.cells[this.col - 1] = value;
    } else if (name === 'v' || name === 't') {
      this.collecting = false;
    } else if (name === 'rPh') {
      this.phonetic--;
    } else if (name === 'row') {
      if (this.cells.length > 0)
        this.onRow(
          this.rowNumber,
          Array.from(this.cells, (v) => v ?? null),
        );
    } else if (name === 'sheetData') {
      this.inData = false;
      this.done = true;
    }
  }

  text(raw: string): void {
    if (this.collecting) this.value += raw;
  }

  /** The cell's value from its type: the cached result for a formula, null when there is none. */
  private cellValue(): CellValue {
    const v = this.value;
    if (v === undefined) return null;
    switch (this.type) {
      case 's': {
        const shared = this.context.sharedStrings[Number(v)];
        if (shared === undefined) throw new FormatError(`shared string ${v} missing`);
        return shared === '' ? null : shared;
      }
      case 'str':
      case 'inlineStr':
        return text(v);
      case 'b':
        return v.trim() === '1' || v.trim() === 'true';
      case 'e':
        return { error: decodeXml(v).trim() };
      case 'd': {
        const date = new Date(v.trim());
        return Number.isNaN(date.getTime()) ? text(v) : date;
      }
      default: {
        if (v.trim() === '') return null;
        const n = Number(v);
        if (!Number.isFinite(n)) throw new FormatError(`bad number ${v}`);
        return this.context.dateStyles[this.style] === true
          ? excelSerialToDate(n, this.context.date1904)
          : n;
      }
    }
  }
}
