import type ExcelJS from 'exceljs';

export const HEADER = ['序号', '姓名', '学号', '学院', '专业', '年级', '部门', '职务', '政治面貌'];

/**
 * A teacher's roster on `ws`: a title, a blank row, the header on row 3, then `n` members of
 * 主席团 (主席, 副主席) and 宣传部; members for which `masses(i)` holds are 群众.
 */
export function fillRoster(ws: ExcelJS.Worksheet, n: number, masses: (i: number) => boolean): void {
  ws.getCell('A1').value = 'XX学院学生会工作人员名单';
  ws.getRow(3).values = HEADER;
  for (let i = 0; i < n; i++)
    ws.getRow(4 + i).values = [
      i + 1,
      `成员${i + 1}`,
      `2023030201${String(i + 1).padStart(4, '0')}`,
      '信息工程学院',
      '软件技术',
      '2023级',
      i < 2 ? '主席团' : '宣传部',
      i === 0 ? '主席' : i === 1 ? '副主席' : '干事',
      masses(i) ? '群众' : '共青团员',
    ];
}
