import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDoubleFromXlsx } from './fromXlsx';

async function bytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('loadDoubleFromXlsx', () => {
  it('keeps values the way Office.js hands them over, plus formats and structure', async () => {
    const file = await bytes((wb) => {
      const ws = wb.addWorksheet('名单');
      ws.getCell('A1').value = '学号';
      ws.getCell('A2').value = '0012';
      ws.getCell('B2').value = new Date(Date.UTC(2025, 8, 25));
      ws.getCell('C2').value = { formula: 'B2+1', result: 45926 };
      ws.getCell('D2').value = { error: '#N/A' };
      ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
      ws.getCell('A1').font = { bold: true };
      ws.mergeCells('E1:F1');
      ws.getColumn(1).width = 20;
      ws.addConditionalFormatting({
        ref: 'A2:D9',
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: ['$A2=""'],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00FF00' } } },
          },
        ],
      });
      const hidden = wb.addWorksheet('隐藏');
      hidden.state = 'hidden';
      hidden.getCell('A1').value = 1;
      const locked = wb.addWorksheet('锁定');
      void locked.protect('', {});
    });
    const wb = await loadDoubleFromXlsx(file);
    const s = wb.sheet('名单');
    expect(s.cells.get(2)?.get(1)).toEqual({ value: '0012', fill: '#FFEB9C' });
    expect(s.cells.get(2)?.get(2)?.value).toBe(45925);
    expect(s.cells.get(2)?.get(3)).toMatchObject({ value: 45926, formula: '=B2+1' });
    expect(s.cells.get(2)?.get(4)).toMatchObject({ value: '#N/A', error: true });
    expect(s.cells.get(1)?.get(1)?.font).toEqual({ bold: true });
    expect(s.merges).toEqual([{ r1: 1, c1: 5, r2: 1, c2: 6 }]);
    expect(s.columnWidths.get(1)).toBeCloseTo(108.75);
    expect(s.cfs).toMatchObject([{ type: 'Custom', formula: '=$A2=""', fill: '#00FF00' }]);
    expect(wb.sheet('隐藏').visibility).toBe('Hidden');
    expect(wb.sheet('锁定').protected).toBe(true);
  });

  const sample = join(__dirname, '../../assets/samples/学生会名单与成绩.xlsx');
  (existsSync(sample) ? it : it.skip)('loads the sample workbook', async () => {
    const wb = await loadDoubleFromXlsx(sample);
    const grids = wb.grids();
    expect(grids.map((g) => g.sheet)).toContain('学生会名单');
    const roster = grids.find((g) => g.sheet === '学生会名单')!;
    expect(roster.rows[2]).toContain('姓名');
  });
});
