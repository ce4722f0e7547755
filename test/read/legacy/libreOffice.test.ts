/**
 * Real .xls files as LibreOffice writes them (`--convert-to xls`, the BIFF8 that 正方/强智 exports
 * resemble), read by the legacy reader and compared cell for cell with the .xlsx reader on the
 * same workbook. LibreOffice's HTML export (one table per sheet) is checked the same way as text.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxRows } from '../../../src/cli/io/readXlsx';
import type { CellValue } from '../../../src/core/cells';
import { readLegacy, sniffFormat } from '../../../src/read/legacy';
import { describeWith } from '../../helpers/tools';
import { kindsWorkbook, randomWorkbook } from '../../cli/io/parity/workbooks';
import { collector, type SheetRows } from './collect';
import { libreOfficeConvert } from './convert';

const SAMPLE = join(__dirname, '..', '..', '..', 'assets', 'samples', '学生会名单与成绩.xlsx');

/** A school export: merged title, IDs as text (18 digits, leading zeros) and as numbers, many strings. */
function schoolWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2024级名单');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = '信息工程学院 2024 级学生名单（教务系统导出）';
  ws.addRow([]);
  ws.getRow(2).values = ['学号', '身份证号', '姓名', '成绩', '入学日期', '是否团员'];
  for (let i = 0; i < 3000; i++) {
    const row = ws.getRow(i + 3);
    row.getCell(1).value = `0${2024030100 + i}`;
    row.getCell(2).value = `330102200601${String(i).padStart(4, '0')}1X`;
    row.getCell(3).value = `学生${i}号·${'张王李赵'[i % 4]}同学`; // unique: the SST runs into CONTINUEs
    row.getCell(4).value = i % 7 === 0 ? 59.5 : 60 + (i % 40);
    row.getCell(5).value = new Date(Date.UTC(2024, 8, 1 + (i % 20)));
    row.getCell(5).numFmt = 'yyyy"年"m"月"d"日"';
    row.getCell(6).value = i % 3 === 0;
  }
  ws.getCell('H3').value = Number('202300101012345678'); // an ID Excel already cut to 15 digits
  ws.getCell('I3').value = { formula: 'D3*2', result: 119 };
  const hidden = wb.addWorksheet('隐藏的备注');
  hidden.state = 'hidden';
  hidden.getCell('B2').value = '不要删';
  return wb;
}

async function xlsxRows(path: string): Promise<SheetRows[]> {
  const { visitor, sheets } = collector();
  await readXlsxRows(path, visitor);
  return sheets;
}

async function legacyRows(path: string): Promise<SheetRows[]> {
  const { visitor, sheets } = collector();
  await readLegacy(new Uint8Array(readFileSync(path)), 'converted.xls', visitor);
  return sheets;
}

function show(v: CellValue | undefined): string {
  return v instanceof Date ? `Date(${v.toISOString()})` : JSON.stringify(v);
}

/** Every cell that differs, as "sheet!row:col ours vs theirs" (empty when the readings agree). */
function differences(ours: readonly SheetRows[], theirs: readonly SheetRows[]): string[] {
  const out: string[] = [];
  const names = (s: readonly SheetRows[]) =>
    s.map((x) => `${x.sheet}${x.hidden ? ' (hidden)' : ''}`);
  if (names(ours).join('|') !== names(theirs).join('|'))
    out.push(`sheets ${names(ours).join(',')} vs ${names(theirs).join(',')}`);
  theirs.forEach((sheet, k) => {
    const mine = new Map(ours[k]?.rows ?? []);
    const rowNumbers = new Set([...mine.keys(), ...sheet.rows.map(([n]) => n)]);
    const theirRows = new Map(sheet.rows);
    for (const n of rowNumbers) {
      const a = mine.get(n) ?? [];
      const b = theirRows.get(n) ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++)
        if (show(a[c]) !== show(b[c]))
          out.push(`${sheet.sheet}!${n}:${c + 1} ${show(a[c])} vs ${show(b[c])}`);
    }
  });
  return out;
}

/**
 * Cells LibreOffice itself changes on the way to .xls (seen in its bytes, not our reading): it
 * recalculates NOW() and A1&"" (whose cached "" in the source was wrong), and writes 0 as the
 * cached result of the string formula A1&"同学". The reader's STRING path is covered by F4 here
 * and by the hand-built records.
 */
const LIBREOFFICE_CHANGES: Readonly<Record<string, readonly string[]>> = {
  kinds: ['4:2', '4:5', '4:6'],
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'uc-legacy-lo-'));
});

describeWith(['libreoffice'], 'real .xls written by LibreOffice', () => {
  it('reads the bundled sample converted to .xls with the same rows as the .xlsx reader', async () => {
    const xlsx = join(dir, 'sample.xlsx');
    copyFileSync(SAMPLE, xlsx);
    const xls = libreOfficeConvert(xlsx, 'xls', 'xls');
    expect(sniffFormat(new Uint8Array(readFileSync(xls)))).toBe('biff8');
    const ours = await legacyRows(xls);
    expect(ours.length).toBeGreaterThan(3);
    expect(differences(ours, await xlsxRows(xlsx))).toEqual([]);
  });

  it.each([
    ['school', schoolWorkbook],
    ['kinds', kindsWorkbook],
    ['random', () => randomWorkbook(20251205, 3000)],
  ])(
    'reads the %s workbook as .xls as the .xlsx reader reads the same workbook',
    async (name, build) => {
      const source = join(dir, `${name}.xlsx`);
      writeFileSync(source, Buffer.from(await build().xlsx.writeBuffer()));
      const ours = await legacyRows(libreOfficeConvert(source, 'xls', 'xls'));
      expect(ours.reduce((n, s) => n + s.rows.length, 0)).toBeGreaterThan(5);
      const found = differences(ours, await xlsxRows(source));
      const changed = LIBREOFFICE_CHANGES[name] ?? [];
      expect(found.filter((d) => !changed.some((c) => d.includes(`!${c} `)))).toEqual([]);
    },
  );

  it('keeps the school IDs: text IDs exact with leading zeros, the numeric one as the double it is', async () => {
    const source = join(dir, 'ids.xlsx');
    writeFileSync(source, Buffer.from(await schoolWorkbook().xlsx.writeBuffer()));
    const sheets = await legacyRows(libreOfficeConvert(source, 'xls', 'xls'));
    const rows = new Map(sheets[0]?.rows);
    expect(rows.get(1)?.[0]).toBe('信息工程学院 2024 级学生名单（教务系统导出）');
    expect(rows.get(3)?.slice(0, 2)).toEqual(['02024030100', '33010220060100001X']);
    expect(rows.get(3)?.[7]).toBe(Number('202300101012345678'));
    expect(sheets.map((s) => [s.sheet, s.hidden])).toEqual([
      ['2024级名单', false],
      ['隐藏的备注', true],
    ]);
  });

  it("reads LibreOffice's HTML export (one table per sheet) with the same text and row numbers", async () => {
    const source = join(dir, 'html.xlsx');
    writeFileSync(source, Buffer.from(await schoolWorkbook().xlsx.writeBuffer()));
    const html = libreOfficeConvert(source, 'html:HTML (StarCalc)', 'html');
    const xlsAlias = join(dir, 'html-as.xls');
    copyFileSync(html, xlsAlias);
    expect(sniffFormat(new Uint8Array(readFileSync(xlsAlias)))).toBe('html');
    const ours = await legacyRows(xlsAlias);
    const theirs = await xlsxRows(source);
    expect(ours.map((s) => s.sheet)).toEqual(['表1']); // LibreOffice leaves hidden sheets out
    const mine = new Map(ours[0]?.rows);
    for (const [n, cells] of theirs[0]?.rows ?? [])
      cells.forEach((v, c) => {
        if (typeof v === 'string') expect([n, c, mine.get(n)?.[c]]).toEqual([n, c, v]);
        // HTML holds what Excel shows: a number past 15 digits is shown rounded, so only exact ones compare.
        else if (typeof v === 'number' && Math.abs(v) < 1e15)
          expect([n, c, Number(mine.get(n)?.[c])]).toEqual([n, c, v]);
      });
  });
});
