import type { MessageTable } from './types';

/** Messages of the `excel.*` area: the add-in talking to the open workbook. */
export const EXCEL_MESSAGES = {
  'excel.cancelled': {
    zh: '已取消，工作簿没有任何改动。',
    en: 'Cancelled; nothing in the workbook was changed.',
  },
  'excel.cellEditMode': {
    zh: 'Excel 正在编辑某个单元格，暂时无法读写。请按 Enter 或 Esc 结束编辑后再试。',
    en: 'Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.',
  },
  'excel.sheetProtected': {
    zh: '工作表「{sheet}」受保护，无法写入标记。请先在「审阅 > 撤销工作表保护」中取消保护后再试；这次没有改动工作簿。',
    en: 'Sheet "{sheet}" is protected, so the marks cannot be written. Unprotect it (Review > Unprotect Sheet) and try again; the workbook was not changed.',
  },
  'excel.workbookProtected': {
    zh: '工作簿的结构受保护，加载项无法添加或删除工作表。请先在「审阅 > 保护工作簿」中撤销保护后再试；这次没有改动工作簿。',
    en: 'The workbook structure is protected, so the add-in cannot add or delete sheets. Unprotect it (Review > Protect Workbook) and try again; the workbook was not changed.',
  },
  'excel.sheetNotFound': {
    zh: '找不到工作表「{sheet}」，它可能已被重命名或删除。请重新检查。',
    en: 'Sheet "{sheet}" was not found; it may have been renamed or deleted. Run the check again.',
  },
  'excel.rowTooLarge': {
    zh: '工作表「{sheet}」第 {row} 行的数据太大，Excel 无法一次传给加载项。请检查该行是否有超长的文字。',
    en: 'Row {row} of sheet "{sheet}" holds too much data for Excel to hand to the add-in. Check that row for very long text.',
  },
  'excel.writeFailed': {
    zh: '写入工作簿时出错（{detail}），本次写入的内容已全部撤销，工作簿保持原样。',
    en: 'Writing to the workbook failed ({detail}); everything written in this run was removed again and the workbook is as it was.',
  },
  'excel.failed': {
    zh: 'Excel 报告了一个错误：{detail}',
    en: 'Excel reported an error: {detail}',
  },
  'excel.marksUnreadable': {
    zh: 'Excel 无法读取工作表「{sheet}」的条件格式，这张表上以前的标色没有更新或清除；其余工作表已正常处理。',
    en: 'Excel could not read the conditional formats of sheet "{sheet}", so its earlier highlights were not updated or removed; the other sheets were handled.',
  },
  'excel.workerFallback': {
    zh: '后台计算线程（Web Worker）无法启动（{detail}），本次检查在任务窗格中计算，结果相同，但大表格计算期间窗格可能暂时无响应。',
    en: 'The background engine (Web Worker) could not start ({detail}); this check ran in the task pane instead: the results are the same, but the pane may not respond while a large sheet is computed.',
  },
} satisfies MessageTable;
