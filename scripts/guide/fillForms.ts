/**
 * Fills generated scoring forms the way a review panel would, so the guide can show a collected
 * summary: every empty score cell of every 评分表 gets a score. The scores are a fixed function
 * of the cell's place (no randomness), so the pictures change only when the forms do.
 */
import ExcelJS from 'exceljs';

/**
 * A score out of `max` that depends only on where the cell is. Each member (row) gets a level
 * between 45% and 95% and each dimension (column) moves it a little, so the summary shows every
 * band (优秀, 良好, 合格, 不合格) as a real panel's would.
 */
export function scoreFor(row: number, col: number, max: number): number {
  const level = 0.45 + ((row * 3) % 11) * 0.05;
  const share = Math.min(1, Math.max(0, level + ((col % 3) - 1) * 0.03));
  return Math.round(max * share * 10) / 10;
}

/** A cell's text; formulas, dates and rich text count as no text (headers are plain strings). */
function text(value: ExcelJS.CellValue): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** The full mark of a dimension from its header note “政治态度（满分20分）”, else 20. */
function fullMarks(sheet: ExcelJS.Worksheet, name: string): number {
  let max = 20;
  sheet.eachRow((row) => {
    const note = text(row.getCell(1).value);
    const m = new RegExp(`${name}（满分(\\d+(?:\\.\\d+)?)分）`).exec(note);
    if (m) max = Number(m[1]);
  });
  return max;
}

/** Fills one form sheet; returns the number of scores written (0 when it is not a form). */
function fillSheet(sheet: ExcelJS.Worksheet): number {
  let header = 0;
  sheet.eachRow((row, r) => {
    if (header === 0 && row.getCell(1).value === '姓名') header = r;
  });
  if (header === 0) return 0;
  const heads = sheet.getRow(header);
  const titleCol = [...Array(heads.cellCount).keys()].find(
    (i) => heads.getCell(i + 1).value === '职务',
  );
  const totalCol = [...Array(heads.cellCount).keys()].find(
    (i) => heads.getCell(i + 1).value === '总分',
  );
  if (titleCol === undefined || totalCol === undefined) return 0;
  let written = 0;
  for (let c = titleCol + 2; c <= totalCol; c++) {
    const max = fullMarks(sheet, text(heads.getCell(c).value));
    for (let r = header + 1; sheet.getRow(r).getCell(1).value; r++) {
      const cell = sheet.getRow(r).getCell(c);
      if (cell.value === null || cell.value === '') {
        cell.value = scoreFor(r, c, max);
        written++;
      }
    }
  }
  return written;
}

/** Reads `input`, fills every form sheet, writes `output`; returns the scores written. */
export async function fillForms(input: string, output: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(input);
  let written = 0;
  for (const sheet of book.worksheets) written += fillSheet(sheet);
  if (written === 0) throw new Error(`${input}: no empty score cell found in any 评分表`);
  await book.xlsx.writeFile(output);
  return written;
}
