import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REQUIRED_EXCEL_API } from '../../../src/excel/requirements';
import { manifestExcelApi, usedOfficeMembers, versionAbove } from './usedMembers';

describe('Office.js members used by src/excel and their requirement sets', () => {
  const used = usedOfficeMembers();
  const manifest = manifestExcelApi();

  it('finds the members the adapter uses, with their sets from @types/office-js', () => {
    const table = new Map(used.map((u) => [u.member, u.set]));
    expect(table.get('Excel.Worksheet.getRanges')).toBe('ExcelApi 1.9');
    expect(table.get('Excel.Range.values')).toBe('ExcelApi 1.1');
    expect(table.get('Excel.WorksheetCollection.add')).toBe('ExcelApi 1.1');
    expect(used.length).toBeGreaterThan(40);
  });

  it("needs no ExcelApi set above the manifest and the adapter's declared floor", () => {
    expect(REQUIRED_EXCEL_API).toBe(manifest);
    const above = used.filter((u) => {
      const m = /^ExcelApi ([\d.]+)$/.exec(u.set ?? '');
      return m?.[1] !== undefined && versionAbove(m[1], manifest);
    });
    expect(above.map((u) => `${u.member} (${u.set}) at ${u.at}`)).toEqual([]);
  });

  it('uses no Excel member whose documentation names no set (beta, preview or online-only)', () => {
    // The request context is the Common API's batch itself, present wherever Excel.run is.
    const unknown = used.filter(
      (u) =>
        u.member.startsWith('Excel.') &&
        !u.member.startsWith('Excel.RequestContext.') &&
        u.set === undefined,
    );
    expect(unknown.map((u) => `${u.member} at ${u.at}`)).toEqual([]);
  });

  it('would catch a member from a newer set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'uc-apisets-'));
    writeFileSync(
      join(dir, 'newer.ts'),
      'export const f = (r: Excel.Range) => r.load("valuesAsJson") && r.valuesAsJson;\n',
    );
    const found = usedOfficeMembers(dir).find((u) => u.member === 'Excel.Range.valuesAsJson');
    rmSync(dir, { recursive: true, force: true });
    expect(found?.set).toBe('ExcelApi 1.16');
    expect(versionAbove('1.16', manifest)).toBe(true);
  });
});
