import type { WorkbookVisitor } from '../../visitor';
import { FormatError } from '../../errors';
import { SheetGrid } from '../grid';
import { inSheet } from '../inSheet';
import { decodeEntities } from '../markup/entities';
import { SpanTracker } from '../markup/spans';
import { attrValue, localName, tokens } from '../markup/tokens';
import { asciiHead, decodeText, encodingOfLabel } from '../text/decode';
import { dataValue } from './values';

/** Excel 2003's grid, the most an XML Spreadsheet can hold. */
const MAX_ROWS = 65_536;
const MAX_COLS = 256;
const XML_ENCODING = /<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/;

function index(attrs: string, name: string): number | undefined {
  const raw = attrValue(attrs, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** One `<Worksheet>` being read: its cells, where the next row and cell go, what it says of itself. */
class Sheet {
  readonly grid = new SheetGrid(MAX_ROWS, MAX_COLS);
  readonly spans = new SpanTracker(MAX_ROWS, MAX_COLS);
  row = 0;
  col = 1;
  hidden = false;
  constructor(readonly name: string) {}

  openRow(attrs: string): void {
    this.row = index(attrs, 'Index') ?? this.row + 1;
    this.col = 1;
    this.spans.check(this.row, 1);
  }

  /** Places a `<Cell>` and returns its (row, column); merged areas move later cells along. */
  openCell(attrs: string): { row: number; col: number } {
    if (this.row === 0) this.openRow('');
    const col = this.spans.free(this.row, index(attrs, 'Index') ?? this.col);
    const across = Math.min(index(attrs, 'MergeAcross') ?? 0, MAX_COLS);
    const down = Math.min(index(attrs, 'MergeDown') ?? 0, MAX_ROWS);
    this.spans.cover(this.row, col, down + 1, across + 1);
    this.col = col + across + 1;
    return { row: this.row, col };
  }
}

/**
 * Reads an XML Spreadsheet 2003 file (Excel's "XML 表格", often saved as ".xls"): each
 * `<Worksheet ss:Name>` in order, hidden when its options say SheetHidden/SheetVeryHidden,
 * `ss:Index` gaps and `ss:MergeAcross`/`ss:MergeDown` areas placed as Excel places them, and
 * `<Data ss:Type>` read as number, text, date or true/false. Comments' text is not cell text.
 */
export function readXml2003(bytes: Uint8Array, visitor: WorkbookVisitor, file: string): void {
  const label = XML_ENCODING.exec(asciiHead(bytes, 1024))?.[1];
  const xml = decodeText(bytes, label === undefined ? undefined : encodingOfLabel(label));
  const sheets: Sheet[] = [];
  let sheet: Sheet | undefined;
  let cell: { row: number; col: number } | undefined;
  let data: { type: string | undefined; text: string[] } | undefined;
  let inComment = false;
  let inVisible = false;
  for (const token of tokens(xml)) {
    if (token.kind === 'text') {
      const text = token.raw ? token.text : decodeEntities(token.text);
      if (data) data.text.push(text);
      else if (inVisible && sheet && /Sheet(Very)?Hidden/i.test(text)) sheet.hidden = true;
      continue;
    }
    const name = localName(token.name);
    if (token.kind === 'open') {
      if (name === 'worksheet') {
        sheet = new Sheet(attrValue(token.attrs, 'Name') ?? `Sheet${sheets.length + 1}`);
        sheets.push(sheet);
      } else if (name === 'row' && sheet) sheet.openRow(token.attrs);
      else if (name === 'cell' && sheet) cell = sheet.openCell(token.attrs);
      else if (name === 'comment') inComment = true;
      else if (name === 'data' && cell && !inComment && !token.selfClosing)
        data = { type: attrValue(token.attrs, 'Type'), text: [] };
      else if (name === 'visible') inVisible = !token.selfClosing;
      if (name === 'row' && token.selfClosing) continue;
      if (name === 'cell' && token.selfClosing) cell = undefined;
      continue;
    }
    if (name === 'data' && data && cell && sheet) {
      try {
        sheet.grid.put(cell.row, cell.col, dataValue(data.type, data.text.join('')));
      } catch (error) {
        throw inSheet(error, sheet.name);
      }
      data = undefined;
    } else if (name === 'cell') cell = undefined;
    else if (name === 'comment') inComment = false;
    else if (name === 'visible') inVisible = false;
    else if (name === 'worksheet') sheet = undefined;
  }
  if (sheets.length === 0) throw new FormatError('no worksheets', 'io.noSheets');
  for (const s of sheets) {
    const sink = visitor.beginSheet({ file, sheet: s.name, hidden: s.hidden });
    if (sink) s.grid.flush(sink);
  }
}
