import { parseA1, type Rect } from './address';
import { XL_SHEET_VISIBLE, type EtFormatCondition, type EtWorkbook, type EtWorksheet } from './et';
import { WpsError } from './errors';
import { isMarkFormula, parseOwnerFormula, type SheetOwner } from '../core/marks';
import { isMarkName } from './owner';

/** One sheet as the adapter sees it before reading rows. */
export interface SheetInfo {
  readonly ws: EtWorksheet;
  readonly name: string;
  readonly visible: boolean;
  /** The used range; undefined for a sheet with nothing in it. */
  readonly used: Rect | undefined;
  readonly protected: boolean;
  readonly owner: SheetOwner | undefined;
  /** The product's highlight formats on the sheet now. */
  readonly marks: readonly EtFormatCondition[];
}

/** The open workbook, or the message that there is none. */
export function activeBook(app: { readonly ActiveWorkbook: EtWorkbook | null }): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw new WpsError('wps.noWorkbook');
  return book;
}

function ownerOf(ws: EtWorksheet): SheetOwner | undefined {
  const names = ws.Names;
  for (let i = 1; i <= names.Count; i++) {
    const n = names.Item(i);
    if (isMarkName(n.Name)) return parseOwnerFormula(n.RefersTo);
  }
  return undefined;
}

function usedOf(ws: EtWorksheet): Rect | undefined {
  const used = ws.UsedRange;
  const rect = parseA1(used.Address(false, false));
  if (!rect) return undefined;
  // An empty sheet answers A1; one empty cell is no data.
  if (rect.r1 === rect.r2 && rect.c1 === rect.c2 && (used.Value2 ?? '') === '') return undefined;
  return rect;
}

/** Every worksheet, in tab order (Worksheets is 1-based). */
export function listSheets(book: EtWorkbook): SheetInfo[] {
  const out: SheetInfo[] = [];
  const sheets = book.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i);
    out.push({
      ws,
      name: ws.Name,
      visible: ws.Visible === XL_SHEET_VISIBLE,
      used: usedOf(ws),
      protected: ws.ProtectContents,
      owner: ownerOf(ws),
      marks: productFormats(ws),
    });
  }
  return out;
}

/** The product's highlight formats on a sheet (found by their marker formula). */
export function productFormats(ws: EtWorksheet): EtFormatCondition[] {
  const all = ws.Cells.FormatConditions;
  const out: EtFormatCondition[] = [];
  for (let i = 1; i <= all.Count; i++) {
    const fc = all.Item(i);
    if (isMarkFormula(fc.Formula1)) out.push(fc);
  }
  return out;
}

/** Whether a sheet holds the teacher's data (or an imported grade file) rather than a product report. */
export function isInput(info: SheetInfo): boolean {
  return info.owner === undefined || info.owner.key.startsWith('import:');
}
