import ExcelJS from 'exceljs';
import type { DoubleWorkbook } from '../excel-double';
import { loadDoubleFromXlsx } from '../excel-double/fromXlsx';
import { isMarkFormula } from '../../src/core/marks';
import { createExcelGateway, type ExcelGateway } from '../../src/excel/gateway';
import { presetPolicy } from '../../src/core/policy/presets';
import type { Policy } from '../../src/core/policy/types';
import type { CfState } from '../excel-double';

/** A double holding the workbook `build` makes with exceljs, saved and read back as a real file. */
export async function doubleFrom(build: (wb: ExcelJS.Workbook) => void): Promise<DoubleWorkbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return loadDoubleFromXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The gateway over a double, with no real waiting between retries and a fixed clock. */
export function gatewayFor(double: DoubleWorkbook): ExcelGateway {
  return createExcelGateway(double.excelRun, {
    retry: { sleep: () => Promise.resolve() },
    now: () => new Date(2025, 11, 1, 9, 30),
  });
}

export interface MemberSpec {
  name: string;
  id: string;
  dept: string;
  title: string;
  political: string;
}

export const HEADER = ['序号', '姓名', '学号', '学院', '专业', '年级', '部门', '职务', '政治面貌'];

/** A roster sheet like a teacher's: merged title, a blank row, the header on row 3. */
export function addRoster(
  wb: ExcelJS.Workbook,
  members: readonly MemberSpec[],
  name = '学生会名单',
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = 'XX学院学生会工作人员名单';
  ws.mergeCells('A1:I1');
  ws.getRow(3).values = HEADER;
  members.forEach((m, i) => {
    ws.getRow(4 + i).values = [
      i + 1,
      m.name,
      m.id,
      '信息工程学院',
      '软件技术',
      '2023级',
      m.dept,
      m.title,
      m.political,
    ];
    ws.getCell(4 + i, 3).numFmt = '@';
  });
  return ws;
}

/** `n` members of one department each, cycling through departments of at most 6 staff; `flagged` are 群众. */
export function members(n: number, flagged: number): MemberSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `成员${i + 1}`,
    id: `2023030201${String(i + 1).padStart(4, '0')}`,
    dept: i < 2 ? '主席团' : `部门${Math.floor((i - 2) / 8) + 1}`,
    title: i === 0 ? '主席' : i === 1 ? '副主席' : (i - 2) % 8 < 2 ? '部长' : '干事',
    political: i >= 2 && i - 2 < flagged ? '群众' : '共青团员',
  }));
}

/** The national-school preset without the grade rules (no grade sheet needed) and structure limits. */
export function rosterOnlyPolicy(): Policy {
  const p = presetPolicy('national-school');
  p.rules.rank.enabled = false;
  p.rules.failed.enabled = false;
  p.rules.discipline.enabled = false;
  p.rules['staff-total'].enabled = false;
  p.rules.departments.enabled = false;
  return p;
}

/** The product's highlight formats on a sheet of the double. */
export function productMarks(double: DoubleWorkbook, sheet: string): CfState[] {
  return double.sheet(sheet).cfs.filter((cf) => isMarkFormula(cf.formula));
}
