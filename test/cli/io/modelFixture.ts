import type { ModelCell, WorkbookModel } from '../../../src/core/report/sheetModel';

const h = (value: string): ModelCell => ({ value, style: 'header', align: 'center' });

/** A model using every feature of sheetModel.ts, for the writer tests. */
export const FULL_MODEL: WorkbookModel = {
  sheets: [
    {
      name: '检查 报告',
      rows: [
        [{ value: '学生会合规检查报告（2025-2026-1）', style: 'title', align: 'center' }],
        [{ value: '生成于 2026-01-10', style: 'subtitle' }],
        [],
        [h('序号'), h('姓名'), h('分数'), h('占比'), h('结论'), h('说明')],
        [
          { value: 1, numFmt: 'integer' },
          { value: '=SUM(A1)', link: { sheet: "It's 名单", row: 4, col: 2 } },
          { value: 80.25, numFmt: 'decimal1' },
          { value: 0.3, numFmt: 'percent' },
          { value: '违规', style: 'violation' },
          { value: '第一行\n第二行', wrap: true },
        ],
        [
          { value: 2 },
          { value: '+86' },
          { value: 90, numFmt: 'decimal2' },
          { value: 0.125, numFmt: 'percent1' },
          { value: '待核实', style: 'pending' },
          { value: '_x0041_' },
        ],
        [
          { value: 3 },
          { value: '-x' },
          { value: 70 },
          { value: 0.5 },
          { value: '超编', style: 'over' },
          { value: true },
        ],
        [
          { value: 4 },
          { value: '@y' },
          { value: 60 },
          { value: 0.75 },
          { value: '合格', style: 'ok' },
          { value: null },
        ],
        [
          { value: 5 },
          { value: "O'Brien" },
          { value: 100 },
          { value: 1 },
          { value: '提示', style: 'info' },
          { value: '学号', numFmt: 'text' },
        ],
        [
          { value: '合计', style: 'label' },
          {},
          { formula: 'SUM(C5:C9)', numFmt: 'decimal1' },
          { formula: '=AVERAGE(D5:D9)', numFmt: 'percent' },
        ],
        [],
        [
          { value: '签字：', style: 'signature' },
          { value: '', style: 'input' },
          { value: '建议', style: 'suggested', align: 'right' },
        ],
      ],
      columnWidths: [8, 16, 10, 10, 12, 24],
      merges: ['A1:F1', 'A2:F2'],
      tables: [{ name: 'Report_Findings', headerRow: 4, firstCol: 1, columnCount: 6, rowCount: 5 }],
      validations: [
        {
          range: 'C5:C9',
          type: 'decimal',
          min: 0,
          max: 100,
          prompt: '0-100 分',
          error: '请输入 0 到 100 之间的分数',
        },
        { range: 'A5:A9', type: 'whole', min: 1 },
        { range: 'E5:E9', type: 'list', list: ['违规', '待核实', '合格', '说"明"'] },
      ],
      dataBars: [{ range: 'D5:D9', color: '#5B9BD5' }],
      freeze: { rows: 4, cols: 1 },
      print: {
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        titleRows: '4:4',
        margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
      },
      rowStyles: { 7: 'over' },
    },
    {
      name: "It's 名单",
      rows: [
        [{ value: '名单副本', style: 'title' }],
        [],
        [h('学号'), h('姓名'), h('')],
        [{ value: '2531020000001' }, { value: '张三' }],
        [{ value: '0012' }, { value: '李四' }],
        [],
        [],
        [h('待补充'), h('原因')],
      ],
      tables: [
        { name: '成员表', headerRow: 3, firstCol: 1, columnCount: 3, rowCount: 2 },
        { name: '_Empty', headerRow: 8, firstCol: 1, columnCount: 2, rowCount: 0 },
      ],
      rowStyles: { 5: 'violation' },
      print: { orientation: 'portrait', paper: 'A4', fitToWidth: false, titleRows: '3:3' },
    },
    { name: 'Empty', rows: [] },
  ],
};
