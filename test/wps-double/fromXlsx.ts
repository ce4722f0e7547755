/**
 * Loads an .xlsx into the WPS double with exceljs, values as WPS's Value2 hands them over: dates
 * as serial numbers, formulas with their cached result, errors as VBA's CVErr numbers. Node-only.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { CV_ERRORS, key, type CellState, type Scalar } from './state';
import { WpsDouble } from './workbook';
import { customProperties } from './customXml';

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

function scalar(v: unknown): Scalar | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (v instanceof Date) return (v.getTime() - EPOCH_1900) / DAY_MS;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const o = v as {
      error?: string;
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
    };
    if (o.error) return CV_ERRORS[o.error] ?? CV_ERRORS['#VALUE!'];
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return scalar(o.result);
    if (typeof o.text === 'string') return o.text;
  }
  return undefined;
}

function bgrOf(argb: unknown): number | undefined {
  if (typeof argb !== 'string' || argb.length !== 8) return undefined;
  const n = parseInt(argb.slice(2), 16);
  return ((n >> 16) & 0xff) + (n & 0xff00) + (n & 0xff) * 0x10000;
}

export async function loadWpsDouble(source: string | Buffer): Promise<WpsDouble> {
  const wb = new ExcelJS.Workbook();
  const bytes = typeof source === 'string' ? await readFile(source) : source;
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const d = new WpsDouble();
  wb.eachSheet((ws) => {
    const s = d.addSheet(ws.name);
    s.visible = ws.state === 'hidden' ? 0 : ws.state === 'veryHidden' ? 2 : -1;
    const view = (ws.views as ExcelJS.WorksheetView[] | null)?.[0];
    if (view?.state === 'frozen' && ((view.ySplit ?? 0) > 0 || (view.xSplit ?? 0) > 0))
      Object.assign(s.panes, {
        splitRow: view.ySplit ?? 0,
        splitColumn: view.xSplit ?? 0,
        frozen: true,
      });
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const state: CellState = {};
        if (cell.type !== ExcelJS.ValueType.Merge) {
          const v = scalar(cell.value);
          if (v !== undefined) state.value = v;
        }
        if (cell.type === ExcelJS.ValueType.Formula && cell.formula)
          state.formula = `=${cell.formula}`;
        const fill = cell.fill;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') {
          const bgr = bgrOf(fill.fgColor?.argb);
          if (bgr !== undefined) state.fill = bgr;
        }
        if (cell.numFmt && cell.numFmt !== 'General') state.numberFormat = cell.numFmt;
        if (Object.keys(state).length > 0) s.cells.set(key(r, c), state);
      });
    });
  });
  d.properties = await customProperties(Buffer.from(bytes));
  if (d.sheets[0]) d.active = d.sheets[0].name;
  return d;
}
