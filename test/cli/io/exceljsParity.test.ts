/**
 * Our streaming .xlsx reader against exceljs' full reader (Workbook.xlsx.readFile), cell for cell,
 * on every workbook of the test corpus and on generated ones covering each kind of cell. The type
 * mapping between the two is `fromExcelJs` in parity/sheetCells.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/core/cells';
import { CASES } from '../../hostile/manifest';
import { materialise } from '../../hostile/materialise';
import { makeTempDir, removeTempDir } from './helpers';
import { differences } from './parity/compare';
import { excelJsCells, ourCells, type WorkbookCells } from './parity/sheetCells';
import { handWrittenPackages, kindsWorkbook, randomWorkbook } from './parity/workbooks';

const ROOT = join(__dirname, '..', '..', '..');

function xlsxUnder(dir: string, deep: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return deep ? xlsxUnder(path, true) : [];
    return /\.xlsx$/i.test(entry.name) ? [path] : [];
  });
}

const CORPUS = [
  ...xlsxUnder(join(ROOT, 'test', 'samples'), false),
  ...xlsxUnder(join(ROOT, 'assets', 'samples'), false),
  ...xlsxUnder(join(ROOT, 'test', 'hostile'), true),
];

async function bothReadings(path: string): Promise<[WorkbookCells, WorkbookCells] | null> {
  let theirs: WorkbookCells;
  try {
    theirs = await excelJsCells(path);
  } catch {
    return null; // exceljs cannot open it (a damaged sample): nothing to compare against
  }
  return [await ourCells(path), theirs];
}

let dir: string;
const generated: string[] = [];
beforeAll(async () => {
  dir = await makeTempDir('parity');
  const write = async (name: string, bytes: Buffer | Promise<ExcelJS.Buffer>) => {
    const path = join(dir, name);
    const data = await bytes;
    await writeFile(path, Buffer.isBuffer(data) ? data : Buffer.from(data));
    generated.push(path);
  };
  await write('kinds.xlsx', kindsWorkbook().xlsx.writeBuffer());
  await write('random.xlsx', randomWorkbook(20251122, 12000).xlsx.writeBuffer());
  for (const [name, bytes] of Object.entries(handWrittenPackages(7))) await write(name, bytes);
});
afterAll(async () => {
  await removeTempDir(dir);
});

describe('the .xlsx reader matches exceljs cell for cell', () => {
  it('on every workbook of the test corpus', async () => {
    const compared: string[] = [];
    for (const path of CORPUS) {
      const readings = await bothReadings(path);
      if (!readings) continue;
      compared.push(path);
      expect({ path, differences: differences(...readings) }).toEqual({ path, differences: [] });
    }
    // The samples alone hold 14 readable workbooks; fewer means the corpus went missing.
    expect(compared.length).toBeGreaterThanOrEqual(14);
  }, 120_000);

  it('on every .xlsx of the hostile corpus (test/hostile)', async () => {
    const compared: string[] = [];
    for (const hostile of CASES) {
      // A file our reader refuses as damaged (exceljs reads past the damage) has no cells to compare.
      if (hostile.expect.kind === 'file') continue;
      for (const path of await materialise(hostile, join(dir, 'hostile'))) {
        if (!/\.xlsx$/i.test(path)) continue;
        const readings = await bothReadings(path);
        if (!readings) continue; // damaged or not a zip: exceljs has nothing to compare with
        compared.push(path);
        expect({ path, differences: differences(...readings) }).toEqual({ path, differences: [] });
      }
    }
    expect(compared.length).toBeGreaterThanOrEqual(20);
  }, 300_000);

  it.each([['kinds.xlsx'], ['random.xlsx'], ['inline.xlsx']])(
    'on the generated %s',
    async (name) => {
      const path = join(dir, name);
      const readings = await bothReadings(path);
      expect(readings).not.toBeNull();
      const [ours, theirs] = readings!;
      expect(differences(ours, theirs)).toEqual([]);
      expect(ours.sheets.reduce((n, s) => n + s.rows.size, 0)).toBeGreaterThan(5);
    },
    60_000,
  );

  it('covers every kind of value in the generated workbooks', async () => {
    const kinds = new Set<string>();
    const kindOf = (v: CellValue): string =>
      v === null
        ? 'empty'
        : v instanceof Date
          ? 'date'
          : typeof v === 'object'
            ? 'error'
            : typeof v;
    for (const path of generated) {
      for (const sheet of (await ourCells(path)).sheets)
        for (const cells of sheet.rows.values()) for (const v of cells) kinds.add(kindOf(v));
    }
    expect([...kinds].sort()).toEqual(['boolean', 'date', 'empty', 'error', 'number', 'string']);
  }, 60_000);

  it('reports a planted difference by sheet, cell and both values', async () => {
    const path = join(dir, 'kinds.xlsx');
    const theirs = await excelJsCells(path);
    const ours = await ourCells(path);
    const row = ours.sheets[0]!.rows.get(3) as CellValue[];
    row[0] = false; // exceljs reads A3 as true
    row[7] = 'extra';
    expect(differences(ours, theirs)).toEqual([
      '各类 单元格!A3: ours false / exceljs true',
      '各类 单元格!H3: ours "extra" / exceljs empty',
    ]);
    const renamed = { sheets: [{ ...ours.sheets[1]!, hidden: false }, ...ours.sheets.slice(1)] };
    expect(differences(renamed, theirs)[0]).toMatch(/^sheet 1: ours \["老师's 备注",false\]/);
  }, 60_000);
});
