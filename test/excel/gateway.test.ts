import type { RowRef } from '../../src/core/cells';
import type { SheetGrid } from '../../src/core/tables';
import { checkSheets } from '../../src/core/pipeline';
import { presetPolicy } from '../../src/core/policy/presets';
import type { WorkbookModel } from '../../src/core/report/sheetModel';
import { STYLE_SPECS } from '../../src/core/report/styles';
import { t } from '../../src/core/messages';
import type { GatewayError } from '../../src/excel/gateway';
import { DoubleWorkbook } from '../excel-double';
import { addRoster, doubleFrom, gatewayFor, members } from './helpers';
import { HEAD_ROWS } from '../../src/core/pipeline';
import { gridFile, holdImports } from '../taskpane/support/heldImport';

const model: WorkbookModel = {
  sheets: [
    {
      name: '考核表',
      rows: [
        [{ value: '学生会干部考核表', style: 'title' }],
        [],
        [
          { value: '姓名', style: 'header' },
          { value: '学号', style: 'header' },
          { value: '得分', style: 'header' },
          { value: '说明', style: 'header' },
        ],
        [
          { value: '张三' },
          { value: '0012' },
          { value: 88.5, numFmt: 'decimal1', style: 'input' },
          { value: '=SUM(A1)', wrap: true, align: 'center' },
        ],
        [
          { value: '李四' },
          { value: '2023001' },
          { formula: 'AVERAGE(C4:C4)', numFmt: 'decimal2' },
          { value: '见名单', link: { sheet: '名单', row: 5 } },
        ],
      ],
      columnWidths: [10, 16, 8],
      rowHeights: { 4: 45 },
      merges: ['A1:D1'],
      tables: [{ name: '考核明细', headerRow: 3, firstCol: 1, columnCount: 4, rowCount: 2 }],
      validations: [
        {
          range: 'C4:C5',
          type: 'decimal',
          min: 0,
          max: 100,
          prompt: '0 到 100',
          error: '超出范围',
        },
        { range: 'D4:D5', type: 'list', list: ['优秀', '良好'] },
      ],
      dataBars: [{ range: 'C4:C5', color: '#638EC6' }],
      freeze: { rows: 3 },
      print: {
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        titleRows: '3:3',
        margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
      },
      rowStyles: { 5: 'violation' },
    },
  ],
};

describe('writeWorkbookModel renders the whole model', () => {
  it('writes values as text where strings, formulas, looks, tables, merges, widths, links, freeze, print, validations and data bars', async () => {
    const double = DoubleWorkbook.fromSheets([{ name: '名单', rows: [['x']] }]);
    const names = await gatewayFor(double).writeWorkbookModel(model);
    expect(names).toEqual(['考核表']);
    const s = double.sheet('考核表');
    const cell = (r: number, c: number) => s.cells.get(r)?.get(c);
    expect(cell(4, 2)?.value).toBe('0012');
    expect(cell(4, 4)).toMatchObject({ value: '=SUM(A1)', wrap: true, hAlign: 'Center' });
    expect(cell(4, 4)?.formula).toBeUndefined();
    expect(cell(5, 3)).toMatchObject({ formula: '=AVERAGE(C4:C4)', numberFormat: '0.00' });
    expect(cell(4, 3)).toMatchObject({
      value: 88.5,
      numberFormat: '0.0',
      fill: STYLE_SPECS.input.fill,
    });
    expect(cell(1, 1)?.font).toMatchObject({ bold: true, size: 16 });
    expect(cell(3, 1)).toMatchObject({ fill: STYLE_SPECS.header.fill, font: { bold: true } });
    expect(cell(5, 1)?.fill).toBe(STYLE_SPECS.violation.fill);
    expect(cell(5, 4)).toMatchObject({
      value: '见名单',
      hyperlink: { documentReference: "'名单'!A5", textToDisplay: '见名单' },
      font: { underline: 'Single' },
    });
    expect(s.merges).toEqual([{ r1: 1, c1: 1, r2: 1, c2: 4 }]);
    expect(s.columnWidths.get(2)).toBe(87.75);
    expect(Object.fromEntries(s.rowHeights)).toEqual({ 4: 45 });
    expect(double.state.tables).toMatchObject([
      { name: '考核明细', sheetId: s.id, rect: { r1: 3, c1: 1, r2: 5, c2: 4 } },
    ]);
    expect(s.validations.map((v) => v.rule)).toEqual([
      { decimal: { operator: 'Between', formula1: 0, formula2: 100 } },
      { list: { inCellDropDown: true, source: '优秀,良好' } },
    ]);
    expect(s.validations[0]).toMatchObject({
      prompt: { message: '0 到 100' },
      errorAlert: { message: '超出范围' },
    });
    expect(s.cfs).toMatchObject([{ type: 'DataBar', barColor: '#638EC6' }]);
    expect(s.freeze).toEqual({ rows: 3, cols: 0 });
    expect(s.page).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      leftMargin: 36,
      printTitleRows: '$3:$3',
      zoom: { horizontalFitToPages: 1 },
    });
  });

  it('replaces its own sheet on a second write and keeps a teacher sheet of the same name', async () => {
    const double = DoubleWorkbook.fromSheets([{ name: '名单', rows: [['x']] }]);
    const gateway = gatewayFor(double);
    await gateway.writeWorkbookModel(model);
    double.addSheet({ name: '考核表 (2)', rows: [['teacher']] });
    expect(await gateway.writeWorkbookModel(model)).toEqual(['考核表']);
    expect(double.state.sheets.map((s) => s.name)).toEqual(['名单', '考核表 (2)', '考核表']);
    expect(double.state.tables.map((t) => t.name)).toEqual(['考核明细']);
  });
});

describe('the other gateway calls', () => {
  it('round-trips settings and ignores overrides it cannot read', async () => {
    const double = DoubleWorkbook.fromSheets([{ name: 'S', rows: [[1]] }]);
    const gateway = gatewayFor(double);
    expect(await gateway.loadSettings()).toEqual({});
    const overrides = [{ sheet: '名单', headerRow: 3, columns: { studentId: 3 } }];
    await gateway.saveSettings({ policyJson: '{"preset":"zhongzhi"}', overrides });
    expect(await gateway.loadSettings()).toEqual({
      policyJson: '{"preset":"zhongzhi"}',
      overrides,
    });
    double.state.settings.set('UnionCompliance.overrides', '{oops');
    expect(await gateway.loadSettings()).toEqual({ policyJson: '{"preset":"zhongzhi"}' });
  });

  it('selects a row or a cell on its sheet, and names a missing sheet', async () => {
    const double = DoubleWorkbook.fromSheets([
      { name: 'A', rows: [[1]] },
      { name: '名单', rows: [[1]] },
    ]);
    const gateway = gatewayFor(double);
    await gateway.selectRow({ sheet: '名单', row: 7 });
    expect(double.selection()).toEqual({ sheet: '名单', address: '7:7' });
    await gateway.selectRow({ sheet: 'A', row: 2, col: 3 } as RowRef);
    expect(double.selection()).toEqual({ sheet: 'A', address: 'C2' });
    const error = await gateway.selectRow({ sheet: '没有', row: 1 }).catch((e: GatewayError) => e);
    expect(error).toMatchObject({ messageKey: 'excel.sheetNotFound', params: { sheet: '没有' } });
  });

  it('detects tables and headers in 3 syncs', async () => {
    const double = await doubleFrom((wb) => void addRoster(wb, members(10, 0)));
    double.resetStats();
    const found = await gatewayFor(double).detect();
    expect(found.mappings.map((m) => [m.kind, m.sheet, m.headerRow])).toEqual([
      ['roster', '学生会名单', 3],
    ]);
    expect(found.sheets[0]?.headers.map((h) => h.text)).toEqual([
      '序号',
      '姓名',
      '学号',
      '学院',
      '专业',
      '年级',
      '部门',
      '职务',
      '政治面貌',
    ]);
    expect(double.stats.syncs).toBe(3);
  });

  it('inserts imported sheets with text kept as text, and replaces them on re-import', async () => {
    const double = DoubleWorkbook.fromSheets([{ name: '成绩', rows: [['teacher']] }]);
    const gateway = gatewayFor(double);
    const grid = {
      file: '成绩.xlsx',
      sheet: '成绩',
      rows: [
        ['学号', '成绩', '日期'],
        ['0012', 85, new Date(Date.UTC(2025, 2, 4))],
        ['0013', { error: '#N/A' }, null],
      ],
    };
    expect(await gateway.insertSheets([grid])).toEqual(['成绩 (2)']);
    expect(await gateway.insertSheets([grid])).toEqual(['成绩 (2)']);
    const s = double.sheet('成绩 (2)');
    expect([
      s.cells.get(2)?.get(1)?.value,
      s.cells.get(2)?.get(2)?.value,
      s.cells.get(2)?.get(3)?.value,
      s.cells.get(3)?.get(2)?.value,
    ]).toEqual(['0012', 85, '2025-03-04', '#N/A']);
    expect(double.state.sheets.map((x) => x.name)).toEqual(['成绩', '成绩 (2)']);
  });
});

describe('check inputs', () => {
  it('answers the input issue and writes nothing when the workbook has no roster', async () => {
    const double = DoubleWorkbook.fromSheets([{ name: '杂项', rows: [['随便写写'], [1, 2, 3]] }]);
    const before = double.snapshot();
    const answer = await gatewayFor(double).check({
      policy: presetPolicy('national-school'),
      lang: 'zh',
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.issues.map((i) => i.messageKey)).toEqual(['input.noRoster']);
    expect(answer.written).toBeUndefined();
    expect(double.snapshot()).toEqual(before);
  });

  it('checks imported grade files with the workbook, as the in-memory check does', async () => {
    const double = await doubleFrom((wb) => void addRoster(wb, members(12, 0)));
    const ids = members(12, 0).map((m) => m.id);
    const courses = ['高等数学', '大学英语', '线性代数', '大学物理', '思想道德与法治', '体育'];
    // Longer than the heads the pane holds: the rest is read from the file where the engine runs.
    const grades: SheetGrid = {
      file: '成绩.xlsx',
      sheet: 'Sheet1',
      rows: [
        ['学年', '学期', '课程名称', '学分', '学号', '成绩'],
        ...courses.flatMap((course, c) =>
          ids.map((id, i) => ['2024-2025', 1, course, 4, id, c === 5 && i < 4 ? 40 : 50 + i * 4]),
        ),
      ],
    };
    expect(grades.rows.length).toBeGreaterThan(HEAD_ROWS);
    const { held } = await holdImports([await gridFile('成绩.xlsx', grades)]);
    expect(held[0]!.heads[0]!.rows).toHaveLength(HEAD_ROWS);
    const policy = presetPolicy('national-school');
    const memory = checkSheets([...double.grids(), grades], policy);
    const answer = await gatewayFor(double).check({ policy, lang: 'zh', imported: held });
    if (!answer.ok || !memory.ok) throw new Error('must check');
    expect(answer.value.mappings.some((m) => m.kind === 'grades' && m.file === '成绩.xlsx')).toBe(
      true,
    );
    expect(answer.value.findings).toEqual(memory.value.findings);
    // The 体育 fails lie past the heads: they were read from the file.
    expect(answer.value.findings.filter((f) => f.code === 'failed').length).toBeGreaterThan(0);
  });

  it('an imported file that changed since it was imported is named, and nothing is written', async () => {
    const double = await doubleFrom((wb) => void addRoster(wb, members(12, 0)));
    const ids = members(12, 0).map((m) => m.id);
    const grades: SheetGrid = {
      sheet: 'Sheet1',
      rows: [
        ['学年', '学期', '课程名称', '学分', '学号', '成绩'],
        ...ids.map((id) => ['2024-2025', 1, '体育', 1, id, 80]),
      ],
    };
    const { held } = await holdImports([await gridFile('成绩.xlsx', grades)]);
    // What a browser's File does once the file on disk changed: every read rejects.
    const gone = Object.assign(new Error('The requested file could not be read'), {
      name: 'NotReadableError',
    });
    // The reader needs only size and slice.
    const changed = {
      size: held[0]!.picked.blob.size,
      slice: () => ({ arrayBuffer: () => Promise.reject(gone) }),
    } as unknown as Blob;
    const before = double.snapshot();
    const answer = await gatewayFor(double).check({
      policy: presetPolicy('national-school'),
      lang: 'zh',
      imported: [{ ...held[0]!, picked: { name: '成绩.xlsx', blob: changed } }],
    });
    if (answer.ok) throw new Error('must refuse');
    expect(answer.issues.map((i) => i.messageKey)).toEqual(['io.changedSinceImport']);
    expect(t(answer.issues[0]!.messageKey, 'zh', answer.issues[0]!.params)).toContain(
      '「成绩.xlsx」',
    );
    expect(double.snapshot()).toEqual(before);
  });

  it('an imported CSV of displayed text: an ID that lost digits is named, not matched', async () => {
    const double = await doubleFrom((wb) => void addRoster(wb, members(12, 0)));
    const ids = members(12, 0).map((m) => m.id);
    const grades: SheetGrid = {
      sheet: '成绩',
      rows: [
        ['学年', '学期', '课程名称', '学分', '学号', '成绩'],
        ...ids.map((id) => ['2024-2025', 1, '高等数学', 4, id, 80]),
        ['2024-2025', 1, '大学英语', 3, '202300101012346000', 30],
      ],
    };
    const { held } = await holdImports([await gridFile('成绩.csv', grades)]);
    const policy = presetPolicy('national-school');
    const answer = await gatewayFor(double).check({ policy, lang: 'zh', imported: held });
    if (!answer.ok) throw new Error('must check');
    const lost = answer.value.issues.filter((i) => i.messageKey === 'input.studentId.digitsLost');
    expect(lost.map((i) => i.ref)).toEqual([
      { file: '成绩.csv', sheet: '成绩', row: ids.length + 2, col: 5 },
    ]);
    expect(t(lost[0]!.messageKey, 'zh', lost[0]!.params)).toContain('文件「成绩.csv」');
  });
});
