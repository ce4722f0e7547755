import type ExcelJS from 'exceljs';
import { stabilizeZip } from './stableZip';

export type CellOut = string | number | Date | null;

export interface TableSpec {
  /** A title row merged across the table's width. */
  readonly title?: string;
  /** An empty row between the title and the header. */
  readonly blankAfterTitle?: boolean;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellOut[])[];
  /** 0-based columns formatted as text (学号, 电话), as schools do so Excel keeps long IDs. */
  readonly textColumns?: readonly number[];
  /** 0-based columns formatted as dates. */
  readonly dateColumns?: readonly number[];
  readonly widths?: readonly number[];
}

/** The fixed instant stamped on every generated file (document properties and zip entries). */
export const STAMP = new Date(Date.UTC(2025, 11, 1, 8, 0, 0));

/** Writes a title (optional), a header and rows from row 1; returns the header's row number. */
export function writeTable(ws: ExcelJS.Worksheet, spec: TableSpec): number {
  let row = 1;
  if (spec.title !== undefined) {
    ws.getCell(1, 1).value = spec.title;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getCell(1, 1).alignment = { horizontal: 'center' };
    ws.mergeCells(1, 1, 1, spec.headers.length);
    row = spec.blankAfterTitle ? 3 : 2;
  }
  const headerRow = row;
  ws.getRow(headerRow).values = [...spec.headers];
  ws.getRow(headerRow).font = { bold: true };
  for (const values of spec.rows) {
    row++;
    const r = ws.getRow(row);
    values.forEach((v, i) => {
      if (v === null || v === '') return;
      r.getCell(i + 1).value = v;
    });
  }
  for (const col of spec.textColumns ?? []) ws.getColumn(col + 1).numFmt = '@';
  for (const col of spec.dateColumns ?? []) ws.getColumn(col + 1).numFmt = 'yyyy-mm-dd';
  spec.headers.forEach((h, i) => {
    ws.getColumn(i + 1).width = spec.widths?.[i] ?? Math.max(8, [...h].length * 2 + 2);
  });
  return headerRow;
}

/** Fixes the document properties so the file depends only on its contents. */
export function stampWorkbook(wb: ExcelJS.Workbook): void {
  wb.creator = 'union-compliance sample generator';
  wb.lastModifiedBy = 'union-compliance sample generator';
  wb.created = STAMP;
  wb.modified = STAMP;
}

/** The workbook as bytes that are the same on every run. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  stampWorkbook(wb);
  const raw = await wb.xlsx.writeBuffer();
  return stabilizeZip(Buffer.from(raw), STAMP);
}
