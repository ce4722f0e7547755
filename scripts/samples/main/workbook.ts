import ExcelJS from 'exceljs';
import { disciplineTable, delegateTable } from '../layouts/registers';
import { rosterTable } from '../layouts/roster';
import {
  ZHENGFANG_NEW_HEADERS,
  ZHENGFANG_NEW_ID_COLUMN,
  zhengfangNewRow,
} from '../layouts/zhengfangNew';
import { workbookBytes, writeTable } from '../xlsx/table';
import type { MainSample } from './build';

export const ROSTER_TITLE = 'XX职业技术学院学生会2025-2026学年第一学期工作人员名单';

// Grade sheets that carry a title row above the header, as some exports (or teachers) add one.
const TITLED = new Set(['计算机应用技术', '大数据与会计']);

/** The demo workbook: roster, one 正方 grade sheet per major, 处分名单, 学代会代表. */
export async function mainWorkbook(sample: MainSample): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  writeTable(
    wb.addWorksheet('学生会名单'),
    rosterTable(sample.data.members, { title: ROSTER_TITLE, blankAfterTitle: true }),
  );
  for (const sheet of sample.sheets) {
    const ws = wb.addWorksheet(`成绩-${sheet.major}`);
    writeTable(ws, {
      ...(TITLED.has(sheet.major)
        ? { title: `${sheet.major}专业学生成绩（正方教务系统导出）` }
        : {}),
      headers: ZHENGFANG_NEW_HEADERS,
      rows: sheet.rows.map((g) => zhengfangNewRow(g)),
      textColumns: [ZHENGFANG_NEW_ID_COLUMN],
    });
  }
  writeTable(wb.addWorksheet('处分名单'), disciplineTable(sample.data.sanctions));
  writeTable(wb.addWorksheet('学代会代表'), delegateTable(sample.data.delegates ?? []));
  return workbookBytes(wb);
}
