import type { WorkbookVisitor } from '../../visitor';
import { FormatError } from '../../errors';
import { SheetGrid } from '../grid';
import { decodeEntities } from '../markup/entities';
import { SpanTracker } from '../markup/spans';
import { attrValue, localName, tokens } from '../markup/tokens';
import { decodeText } from '../text/decode';
import { declaredHtmlCharset } from './charset';
import { cellText, collapse } from './cellText';
import { htmlSheetNames } from './sheetNames';

/** Excel's grid: what the teacher sees when the same file opens in Excel. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** HTML's own limits on spans (the HTML standard clamps colspan to 1000, rowspan to 65534). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

interface Cell {
  readonly row: number;
  readonly col: number;
  readonly parts: string[];
}

class Table {
  readonly grid = new SheetGrid(MAX_ROWS, MAX_COLS);
  readonly spans = new SpanTracker(MAX_ROWS, MAX_COLS);
  row = 0;
  col = 1;
  cell: Cell | undefined;

  newRow(): void {
    this.closeCell();
    this.row++;
    this.col = 1;
  }

  openCell(attrs: string): void {
    this.closeCell();
    if (this.row === 0) this.newRow();
    const col = this.spans.free(this.row, this.col);
    const cols = span(attrValue(attrs, 'colspan'), MAX_COLSPAN);
    const rows = span(attrValue(attrs, 'rowspan'), MAX_ROWSPAN);
    this.spans.cover(this.row, col, rows, cols);
    this.cell = { row: this.row, col, parts: [] };
    this.col = col + cols;
  }

  closeCell(): void {
    const cell = this.cell;
    if (!cell) return;
    this.cell = undefined;
    this.grid.put(cell.row, cell.col, cellText(cell.parts));
  }
}

function span(value: string | undefined, max: number): number {
  const n = value === undefined ? 1 : parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Walks the page, building one grid per `<table>`, nested ones included, in document order. */
function readTables(html: string): Table[] {
  const all: Table[] = [];
  const open: Table[] = [];
  for (const token of tokens(html, RAW_TEXT)) {
    const current = open[open.length - 1];
    if (token.kind === 'text') {
      if (current?.cell)
        current.cell.parts.push(token.raw ? token.text : collapse(decodeEntities(token.text)));
      continue;
    }
    const name = localName(token.name);
    if (token.kind === 'close') {
      if (name === 'table' && current) {
        current.closeCell();
        open.pop();
      } else if (name === 'td' || name === 'th' || name === 'tr') {
        current?.closeCell();
      }
      continue;
    }
    if (name === 'table') {
      const table = new Table();
      all.push(table);
      open.push(table);
    } else if (name === 'tr') current?.newRow();
    else if (name === 'td' || name === 'th') current?.openCell(token.attrs);
    else if (name === 'br') current?.cell?.parts.push('\n');
  }
  for (const table of open) table.closeCell();
  return all;
}

/**
 * Reads an HTML page saved as ".xls" (what many 教务 systems and Excel's "网页" export give):
 * each `<table>` is a sheet (named as in the file, else 表1, 表2, …: see sheetNames.ts), with
 * colspan/rowspan placing later cells where Excel would, entities decoded and `<br>` kept as a
 * line break. The charset
 * comes from a byte-order mark, the page's `<meta>`, else the bytes (UTF-8 if valid, else GB18030).
 */
export function readHtml(bytes: Uint8Array, visitor: WorkbookVisitor, file: string): void {
  const html = decodeText(bytes, declaredHtmlCharset(bytes));
  const tables = readTables(html);
  if (tables.length === 0) throw new FormatError('no table', 'io.legacy.noTable');
  const names = htmlSheetNames(html, tables.length);
  tables.forEach((table, k) => {
    const sheet = names[k] ?? `表${k + 1}`;
    const sink = visitor.beginSheet({ file, sheet, hidden: false, displayed: true });
    if (sink) table.grid.flush(sink);
  });
}
