import type { MessageTable } from './types';

/** Messages of the `wps.*` area: the WPS 表格 add-in talking to the open workbook. */
export const WPS_MESSAGES = {
  'wps.cancelled': {
    zh: '已取消，工作簿没有任何改动。',
    en: 'Cancelled; nothing in the workbook was changed.',
  },
  'wps.noWorkbook': {
    zh: 'WPS 表格中没有打开的工作簿。请先打开学生会名单所在的工作簿。',
    en: 'No workbook is open in WPS Spreadsheets. Open the workbook with the union roster first.',
  },
  'wps.sheetProtected': {
    zh: '工作表「{sheet}」受保护，无法写入标记。请先在「审阅 > 撤销工作表保护」中取消保护后再试；这次没有改动工作簿。',
    en: 'Sheet "{sheet}" is protected, so the marks cannot be written. Unprotect it (Review > Unprotect Sheet) and try again; the workbook was not changed.',
  },
  'wps.workbookProtected': {
    zh: '工作簿受保护（保护工作簿），加载项无法添加或删除工作表。请先在「审阅 > 撤销工作簿保护」中取消保护后再试；这次没有改动工作簿。',
    en: 'The workbook is protected (Protect Workbook), so the add-in cannot add or delete sheets. Unprotect it (Review > Unprotect Workbook) and try again; the workbook was not changed.',
  },
  'wps.sheetNotFound': {
    zh: '找不到工作表「{sheet}」，它可能已被重命名或删除。请重新检查。',
    en: 'Sheet "{sheet}" was not found; it may have been renamed or deleted. Run the check again.',
  },
  'wps.writeFailed': {
    zh: '写入工作簿时出错（{detail}），本次写入的内容已全部撤销，工作簿保持原样。',
    en: 'Writing to the workbook failed ({detail}); everything written in this run was removed again and the workbook is as it was.',
  },
  'wps.failed': {
    zh: 'WPS 表格报告了一个错误：{detail}',
    en: 'WPS Spreadsheets reported an error: {detail}',
  },
  'wps.tooOld': {
    zh: '这个 WPS 版本（{version}）太旧，不支持本加载项（WPS加载项）。请升级到 WPS Office 2019（{minimum}）或更新的版本，Windows 与统信 UOS / 麒麟上都一样；升级前请勿使用本加载项。',
    en: 'This WPS version ({version}) is too old for this add-in. Upgrade to WPS Office 2019 ({minimum}) or later, on Windows as on UOS / Kylin.',
  },
  'wps.notInWps': {
    zh: '这个页面需要在 WPS 表格的加载项中打开（找不到 WPS 的 Application 对象）。',
    en: 'This page must be opened as an add-in inside WPS Spreadsheets (no WPS Application object was found).',
  },
} satisfies MessageTable;
