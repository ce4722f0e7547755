/**
 * Reads a sample .xlsx in Node, before the browser starts, into JSON-able rows: values as
 * Office.js hands them over (dates as serial numbers, errors as their text).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CellValue } from '../../src/core/cells';
import { readImport } from '../../src/taskpane/importer/readImport';
import type { FixtureCell, FixtureSheet } from './sheetSpecs';

export type { FixtureCell, FixtureSheet } from './sheetSpecs';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A Date as Excel's serial day number (exceljs reads a date cell as that instant in UTC). */
export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

function fixtureCell(value: CellValue | undefined): FixtureCell {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return excelSerial(value);
  return value;
}

/** Every sheet of an .xlsx file as plain JSON-able rows. */
export async function readFixture(path: string): Promise<FixtureSheet[]> {
  const bytes = await readFile(path);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const read = await readImport({ name: basename(path), blob: new Blob([buffer]) });
  if (!read.ok) throw new Error(`${path}: ${read.failure.messageKey}`);
  return read.file.sheets.map((g) => ({
    name: g.sheet,
    rows: g.rows.map((row) => Array.from(row, fixtureCell)),
    hidden: g.hidden === true,
  }));
}
