import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { fillForms, scoreFor } from '../../../scripts/guide/fillForms';

describe('guide: filling forms as a panel would', () => {
  it('gives a score within the full mark, to one decimal, the same every time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 100 }),
        (row, col, max) => {
          const score = scoreFor(row, col, max);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(max);
          expect(Math.round(score * 10)).toBeCloseTo(score * 10, 6);
          expect(scoreFor(row, col, max)).toBe(score);
        },
      ),
    );
  });

  it('fills only the empty score cells of a form and keeps suggested scores', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guide-fill-'));
    try {
      const book = new ExcelJS.Workbook();
      const form = book.addWorksheet('评分-秘书处');
      form.addRow(['1. 政治态度（满分20分）：理想信念坚定']);
      form.addRow(['2. 学习情况（满分10分）：成绩排名']);
      form.addRow(['姓名', '学号', '部门', '职务', '政治态度', '学习情况', '总分']);
      form.addRow(['于勇强', '202403020102', '秘书处', '部长', null, 9]);
      form.addRow(['姜嘉华', '202403010305', '秘书处', '副部长', null, null]);
      book.addWorksheet('说明').addRow(['这张表不是评分表']);
      const input = join(dir, 'in.xlsx');
      const output = join(dir, 'out.xlsx');
      await book.xlsx.writeFile(input);

      expect(await fillForms(input, output)).toBe(3);
      const filled = new ExcelJS.Workbook();
      await filled.xlsx.readFile(output);
      const sheet = filled.getWorksheet('评分-秘书处')!;
      expect(sheet.getCell('E4').value).toBe(scoreFor(4, 5, 20));
      expect(sheet.getCell('F4').value).toBe(9);
      expect(sheet.getCell('E5').value).toBe(scoreFor(5, 5, 20));
      expect(sheet.getCell('F5').value).toBe(scoreFor(5, 6, 10));
      expect(sheet.getCell('G4').value).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
