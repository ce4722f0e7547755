/**
 * Loads an .xlsx file into the double with exceljs: values as Excel would hand them to Office.js
 * (dates as serial numbers, formulas with their cached result), direct formats, merges, conditional
 * formats, protection and visibility. Node-only because of exceljs; the double itself stays pure.
 */
import ExcelJS from 'exceljs';
import { DoubleWorkbook } from './double';
import { parseA1 } from './a1';
import type { CellState, CfState, FontState, Scalar, SheetState } from './state';

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

function color(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = c?.argb;
  return typeof argb === 'string' && argb.length === 8
    ? `#${argb.slice(2).toUpperCase()}`
    : undefined;
}

function scalarOf(v: unknown): { value: Scalar | null; error?: boolean } {
  if (v === null || v === undefined) return { value: null };
  if (v instanceof Date) return { value: (v.getTime() - EPOCH_1900) / DAY_MS };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'object') {
    const o = v as {
      error?: string;
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
    };
    if (o.error) return { value: o.error, error: true };
    if (o.richText) return { value: o.richText.map((r) => r.text).join('') };
    if ('result' in o) return scalarOf(o.result);
    if (typeof o.text === 'string') return { value: o.text };
  }
  return { value: null };
}

function fontOf(f: Partial<ExcelJS.Font> | undefined): FontState | undefined {
  if (!f) return undefined;
  const out: FontState = {};
  if (f.bold) out.bold = true;
  if (f.italic) out.italic = true;
  const c = color(f.color);
  if (c) out.color = c;
  if (f.size !== undefined && f.size !== 11) out.size = f.size;
  return Object.keys(out).length ? out : undefined;
}

function cellOf(cell: ExcelJS.Cell): CellState | undefined {
  const c: CellState = { value: null };
  if (cell.type !== ExcelJS.ValueType.Merge) Object.assign(c, scalarOf(cell.value));
  if (cell.type === ExcelJS.ValueType.Formula && cell.formula) c.formula = `=${cell.formula}`;
  if (cell.type === ExcelJS.ValueType.Hyperlink) {
    const link = (cell.value as ExcelJS.CellHyperlinkValue).hyperlink;
    c.hyperlink = link.startsWith('#') ? { documentReference: link.slice(1) } : { address: link };
  }
  if (cell.numFmt && cell.numFmt !== 'General') c.numberFormat = cell.numFmt;
  const fill =
    cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid'
      ? color(cell.fill.fgColor)
      : undefined;
  if (fill) c.fill = fill;
  const font = fontOf(cell.font);
  if (font) c.font = font;
  const h = cell.alignment?.horizontal;
  if (h) c.hAlign = h.charAt(0).toUpperCase() + h.slice(1);
  if (cell.alignment?.wrapText) c.wrap = true;
  const empty = c.value === null && Object.keys(c).length === 1;
  return empty ? undefined : c;
}

const CF_TYPES: Record<string, string> = {
  expression: 'Custom',
  dataBar: 'DataBar',
  cellIs: 'CellValue',
  colorScale: 'ColorScale',
  iconSet: 'IconSet',
  top10: 'TopBottom',
  containsText: 'ContainsText',
};

/** What exceljs keeps of a sheet beyond its typings (it reads both, the typings omit them). */
interface SheetExtras {
  conditionalFormattings?: { ref: string; rules: unknown[] }[];
  sheetProtection?: { sheet?: boolean } | null;
}

function conditionalFormats(wb: DoubleWorkbook, ws: ExcelJS.Worksheet): CfState[] {
  const rules: { priority: number; cf: CfState }[] = [];
  for (const block of (ws as unknown as SheetExtras).conditionalFormattings ?? []) {
    const rects = block.ref
      .split(/\s+/)
      .map((a: string) => parseA1(a)?.rect)
      .filter((r) => r !== undefined);
    for (const rule of block.rules) {
      const r = rule as {
        type: string;
        formulae?: string[];
        style?: { fill?: ExcelJS.FillPattern };
        color?: Partial<ExcelJS.Color>;
        priority?: number;
      };
      const cf: CfState = {
        id: wb.newId('cf'),
        type: CF_TYPES[r.type] ?? 'PresetCriteria',
        rects,
        stopIfTrue: false,
      };
      if (r.formulae?.[0] !== undefined && r.type === 'expression')
        cf.formula = `=${r.formulae[0]}`;
      const fill = color(r.style?.fill?.bgColor) ?? color(r.style?.fill?.fgColor);
      if (fill) cf.fill = fill;
      if (r.type === 'dataBar') cf.barColor = color(r.color) ?? '#638EC6';
      rules.push({ priority: r.priority ?? rules.length + 1, cf });
    }
  }
  return rules.sort((a, b) => a.priority - b.priority).map((x) => x.cf);
}

function loadSheet(wb: DoubleWorkbook, ws: ExcelJS.Worksheet): SheetState {
  const visibility =
    ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
  const sheet = wb.addSheet({
    name: ws.name,
    visibility,
    protected: Boolean((ws as unknown as SheetExtras).sheetProtection?.sheet),
  });
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const c = cellOf(cell);
      if (!c) return;
      let line = sheet.cells.get(r);
      if (!line) sheet.cells.set(r, (line = new Map<number, CellState>()));
      line.set(col, c);
    });
  });
  ws.columns?.forEach((col, i) => {
    if (col.width !== undefined) sheet.columnWidths.set(i + 1, (col.width * 7 + 5) * 0.75);
  });
  sheet.merges = (ws.model.merges ?? [])
    .map((m) => parseA1(m)?.rect)
    .filter((r) => r !== undefined);
  sheet.cfs = conditionalFormats(wb, ws);
  const view = ws.views?.[0];
  if (view?.state === 'frozen') sheet.freeze = { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 };
  return sheet;
}

/** A double holding the workbook at `source` (a path or the file's bytes). */
export async function loadDoubleFromXlsx(
  source: string | Buffer | ArrayBuffer,
): Promise<DoubleWorkbook> {
  const book = new ExcelJS.Workbook();
  if (typeof source === 'string') await book.xlsx.readFile(source);
  else await book.xlsx.load(source as ArrayBuffer);
  const wb = new DoubleWorkbook();
  const sheets = book.worksheets.map((ws) => loadSheet(wb, ws));
  for (const ws of book.worksheets)
    for (const table of ws.getTables() as unknown as {
      table: { name: string; tableRef?: string; ref: string };
    }[]) {
      const rect = parseA1(table.table.tableRef ?? table.table.ref)?.rect;
      const sheet = sheets[book.worksheets.indexOf(ws)];
      if (rect && sheet)
        wb.state.tables.push({
          id: wb.newId('table'),
          name: table.table.name,
          sheetId: sheet.id,
          rect,
          showTotals: false,
          showFilterButton: true,
          style: 'TableStyleMedium2',
        });
    }
  const active = sheets[book.views?.[0]?.activeTab ?? 0];
  if (active && active.visibility === 'Visible') wb.state.activeSheetId = active.id;
  return wb;
}
