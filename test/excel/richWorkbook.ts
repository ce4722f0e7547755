import type { DoubleWorkbook, WorkbookSnapshot } from '../excel-double';
import { addRoster, doubleFrom, members, type MemberSpec } from './helpers';

const EXTRA: MemberSpec[] = [
  { name: '空白乙', id: '2023030299002', dept: '部门3', title: '干事', political: '' },
  ...Array.from({ length: 8 }, (_, i) => ({
    name: `超员${i}`,
    id: `20230302990${10 + i}`,
    dept: '超员部',
    title: i === 0 ? '部长' : '干事',
    political: '共青团员',
  })),
];

/**
 * A teacher's workbook with everything a check must leave alone: fills, fonts, number formats,
 * widths, frozen panes, a conditional format of their own, a hidden sheet, a table, their own sheets
 * called 检查报告 and 部门统计, a data validation, a sheet-scoped name and a stored setting. The
 * roster gives all three highlight colours (ineligible, pending, over the department limit).
 */
export async function richWorkbook(): Promise<DoubleWorkbook> {
  const double = await doubleFrom((wb) => {
    const ws = addRoster(wb, [...members(20, 3), ...EXTRA]);
    ws.getRow(3).eachCell((c) => {
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      c.font = { bold: true, color: { argb: 'FF1F4E78' } };
    });
    ws.getCell('J3').value = '入会日期';
    for (let r = 4; r < 33; r++) {
      ws.getCell(r, 10).value = new Date(Date.UTC(2024, 8, 1 + r));
      ws.getCell(r, 10).numFmt = 'yyyy"年"m"月"d"日"';
    }
    ws.getColumn(2).width = 14;
    ws.getColumn(3).width = 20;
    ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 2 }];
    ws.addConditionalFormatting({
      ref: 'I4:I40',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['$I4="群众"'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFFF00' } } },
        },
      ],
    });
    const notes = wb.addWorksheet('备注');
    notes.getCell('A1').value = '老师自己的备注';
    notes.getCell('A2').value = { formula: 'COUNTA(学生会名单!B4:B40)', result: 29 };
    notes.addTable({
      name: 'TeacherTable',
      ref: 'C1',
      columns: [{ name: '事项' }, { name: '负责人' }],
      rows: [
        ['迎新', '成员1'],
        ['换届', '成员2'],
      ],
    });
    const hidden = wb.addWorksheet('隐藏表', { state: 'hidden' });
    hidden.getCell('A1').value = '=不是公式的文字';
    wb.addWorksheet('检查报告').getCell('A1').value = '老师自己的检查报告';
    wb.addWorksheet('部门统计').getCell('B2').value = 42;
  });
  const notes = double.sheet('备注');
  notes.validations.push({
    rect: { r1: 2, c1: 4, r2: 3, c2: 4 },
    rule: { list: { source: '成员1,成员2' } },
  });
  notes.names.set('负责人', {
    name: '负责人',
    formula: '=备注!$D$2:$D$3',
    visible: true,
    comment: '',
  });
  double.sheet('学生会名单').rowHeights.set(1, 30);
  double.state.settings.set('teacher.note', 'keep me');
  return double;
}

/**
 * A snapshot with the run tokens blanked: two runs of the same check differ only in the token
 * each one stamps into its sheet markers and highlight formulas.
 */
export function withoutTokens(snapshot: WorkbookSnapshot): unknown {
  return JSON.parse(
    JSON.stringify(snapshot)
      .replace(/(UnionCompliance\|\w+\|)[0-9a-z]+/g, '$1*')
      .replace(/((?:report|model|import):[^"#]*#)[0-9a-z]+/g, '$1*')
      // The product's sheet list (a setting holding JSON) names the runs its sheets came from.
      .replace(/(\\"tokens\\":\[)[^\]]*/g, '$1'),
  );
}
