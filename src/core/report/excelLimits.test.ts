import type { Row } from '../cells';
import { checkSheets } from '../pipeline/checkSheets';
import { presetPolicy } from '../policy/presets';
import type { CheckResult } from '../result';
import { buildReport } from './buildReport';
import { MAX_CELL_CHARS, MAX_COLUMNS, fitCellText } from './excelLimits';
import type { ModelSheet } from './sheetModel';

const header = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'];

function check(rosterHeader: Row, members: Row[]): CheckResult {
  const outcome = checkSheets(
    [
      { sheet: '名单', rows: [rosterHeader, ...members] },
      {
        sheet: '成绩',
        rows: [
          ['学号', '课程名称', '学分', '成绩', '学年', '学期'],
          ['202301', '高数', 2, 90, '2025-2026', '1'],
        ],
      },
    ],
    presetPolicy(),
  );
  if (!outcome.ok) throw new Error('must check');
  return outcome.value;
}

const member: Row = ['乙', '202301', '软件技术', '2023级', '学习部', '部长', '团员'];
const notesOf = (report: ModelSheet): string[] =>
  report.rows
    .flatMap((r) => r.map((c) => String(c?.value ?? '')))
    .filter((v) => v.includes('32,767') || v.includes('16,384'));

describe('the report fits Excel’s grid', () => {
  it('a roster header reaching XFD leaves its last columns out of the copy and says which', () => {
    const wide: string[] = [...header, ...Array<string>(MAX_COLUMNS - header.length - 5).fill('')];
    wide.push('备注1', '备注2', '', '备注4', '备注5'); // XEZ..XFD
    expect(wide).toHaveLength(MAX_COLUMNS);
    const result = check(wide, [[...member, ...Array<string>(MAX_COLUMNS - 8).fill(''), 'x']]);
    const [report, copy] = buildReport(result, 'zh', { rosterCopy: true }).sheets as ModelSheet[];
    const width = Math.max(...copy!.rows.map((r) => r.length));
    expect(width).toBe(MAX_COLUMNS);
    expect(copy!.columnWidths).toHaveLength(MAX_COLUMNS);
    // 学号, 姓名, 专业, 部门, 职务, 检查结果, 原因 first; the teacher's XEY ends the copy at XFD.
    expect(copy!.rows[0]?.[6]?.value).toBe('原因');
    expect(copy!.rows[0]?.[MAX_COLUMNS - 1]?.value).toBe('');
    expect(notesOf(report!)).toEqual([
      '名单标注最多只能有 16,384 列（Excel 的上限），还要加上检查结果等 5 列：名单「名单」的 XEZ（备注1）、XFA（备注2）、XFB、XFC（备注4）、XFD（备注5） 列放不下，没有复制到名单标注中（原表不受影响）。',
    ]);
  });

  it('a roster within the grid gets no note', () => {
    const result = check(header, [member]);
    const [report] = buildReport(result, 'zh', { rosterCopy: true }).sheets as ModelSheet[];
    expect(notesOf(report!)).toEqual([]);
  });

  it('a cell longer than 32,767 characters is cut in the copy and noted with sheet and cell', () => {
    const long = '长'.repeat(MAX_CELL_CHARS + 10);
    const result = check([...header, '备注'], [[...member, long]]);
    const [report, copy] = buildReport(result, 'zh', { rosterCopy: true }).sheets as ModelSheet[];
    // 备注 follows the reviewer columns, the 5 result columns, 年级 and 政治面貌: column M.
    expect(copy!.rows[1]?.[12]?.value).toBe('长'.repeat(MAX_CELL_CHARS));
    expect(notesOf(report!)).toEqual([
      '「名单标注」工作表 M2 单元格的内容有 32777 个字符，超过 Excel 单元格最多 32,767 个字符的上限，报告中只保留了前 32,767 个字符。',
    ]);
  });

  it('an over-long name cut in the findings table is named at the row it ends up on', () => {
    const name = 'N'.repeat(MAX_CELL_CHARS + 1);
    const result = check(header, [
      [name, '202301', '软件技术', '2023级', '学习部', '部长', '群众'],
    ]);
    const [report] = buildReport(result, 'en').sheets as ModelSheet[];
    const notes = notesOf(report!).filter((n) => n.startsWith('Cell'));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const cell = /Cell ([A-Z]+)(\d+)/.exec(note);
      const col = (cell?.[1] ?? 'A').charCodeAt(0) - 64;
      const value = report!.rows[Number(cell?.[2]) - 1]?.[col - 1]?.value;
      expect(String(value)).toHaveLength(MAX_CELL_CHARS);
    }
    for (const row of report!.rows)
      for (const c of row)
        expect(String(c?.value ?? '').length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const text = 'a'.repeat(MAX_CELL_CHARS - 1) + '𠀀' + 'b';
    const { sheet, cut } = fitCellText({ name: 'S', rows: [[{ value: text }]] });
    expect(sheet.rows[0]?.[0]?.value).toBe('a'.repeat(MAX_CELL_CHARS - 1));
    expect(cut).toEqual([{ row: 1, col: 1, length: MAX_CELL_CHARS + 2 }]);
  });
});
