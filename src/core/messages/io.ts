import type { MessageTable } from './types';

/** Messages of the `io.*` area: reading input files and writing output files on the command line. */
export const IO_MESSAGES: MessageTable = {
  'io.missing': {
    zh: '找不到文件「{file}」，请检查路径和文件名是否正确。',
    en: 'File "{file}" was not found; check the path and the file name.',
  },
  'io.notFile': {
    zh: '「{file}」是一个文件夹，不是文件。',
    en: '"{file}" is a folder, not a file.',
  },
  'io.denied': {
    zh: '没有权限读取文件「{file}」。',
    en: 'No permission to read file "{file}".',
  },
  'io.empty': {
    zh: '文件「{file}」是空的（0 字节），里面没有任何内容。',
    en: 'File "{file}" is empty (0 bytes).',
  },
  'io.xls': {
    zh: '「{file}」是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再试。',
    en: '"{file}" is an old-format .xls file; open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.unsupported': {
    zh: '不支持「{file}」这种文件类型（{ext}），请使用 .xlsx、.xlsm 或 .csv 文件；其他格式请先在 Excel 或 WPS 中另存为 .xlsx。',
    en: 'File "{file}" has an unsupported type ({ext}); use .xlsx, .xlsm or .csv, or save it as .xlsx in Excel or WPS first.',
  },
  'io.damaged': {
    zh: '文件「{file}」已损坏，或者不是真正的 .xlsx 文件，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
    en: 'File "{file}" is damaged or is not a real .xlsx file and cannot be read. Open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.encrypted': {
    zh: '「{file}」无法按 .xlsx 读取：它可能设置了打开密码，或者是改了扩展名的旧版 .xls 文件。请取消打开密码，或在 Excel 或 WPS 中另存为 .xlsx 后再试。',
    en: '"{file}" cannot be read as .xlsx: it may be password-protected, or an old .xls file renamed to .xlsx. Remove the password, or save it as .xlsx in Excel or WPS, and try again.',
  },
  'io.noSheets': {
    zh: '「{file}」中没有可以读取的工作表。',
    en: '"{file}" contains no worksheet that can be read.',
  },
  'io.csvQuote': {
    zh: 'CSV 文件「{file}」第 {row} 行有一个没有闭合的双引号，之后的内容都会被并进同一个单元格。请在 Excel 或 WPS 中检查该行后重新保存。',
    en: 'CSV file "{file}" has an unclosed double quote in row {row}; everything after it would end up in one cell. Check that row in Excel or WPS and save the file again.',
  },
  'io.writeBusy': {
    zh: '无法写入「{file}」：文件可能正在 Excel 或 WPS 中打开，或者没有写入权限。请关闭该文件后再试，或换一个输出文件名。',
    en: 'Cannot write "{file}": it may be open in Excel or WPS, or you lack permission. Close it and try again, or choose another output name.',
  },
  'io.writeFailed': {
    zh: '无法写入「{file}」（{reason}）。',
    en: 'Cannot write "{file}" ({reason}).',
  },
  'io.legacy.encrypted': {
    zh: '「{file}」设置了打开密码，无法读取。请在 Excel 或 WPS 中用密码打开它，取消打开密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码；WPS：文件 → 文档加密 → 密码加密，清空密码），保存后再试。',
    en: '"{file}" has an open password and cannot be read. Open it with the password in Excel or WPS, remove the password (Excel: File → Info → Protect Workbook → Encrypt with Password, clear it; WPS: File → Document Encryption → Password Encryption, clear it), save, and try again.',
  },
  'io.legacy.damaged': {
    zh: '「{file}」看起来是旧版 Excel 文件（.xls / .et），但内容已损坏或不完整，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
    en: '"{file}" looks like an old Excel file (.xls / .et) but is damaged or incomplete and cannot be read. Open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.legacy.xlsb': {
    zh: '「{file}」是 Excel 二进制工作簿（.xlsb），暂不支持。请在 Excel 中另存为 .xlsx 后再试。',
    en: '"{file}" is an Excel binary workbook (.xlsb), which is not supported. Save it as .xlsx in Excel and try again.',
  },
  'io.legacy.unknown': {
    zh: '「{file}」的内容不是可以识别的表格（不是 Excel 工作簿，也不是网页表格或文本表格）。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
    en: 'The content of "{file}" is not a spreadsheet we recognise (not an Excel workbook, an HTML table or a text table). Open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.legacy.tooBig': {
    zh: '「{file}」中有单元格超出了这种格式允许的范围（最多 {rows} 行、{cols} 列），文件可能已损坏。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
    en: '"{file}" has cells beyond what its format allows (at most {rows} rows and {cols} columns); the file may be damaged. Open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.legacy.noTable': {
    zh: '「{file}」是网页格式的文件，但里面没有表格。请在 Excel 或 WPS 中打开它，确认内容后另存为 .xlsx 再试。',
    en: '"{file}" is a web-page file but holds no table. Open it in Excel or WPS, check its content, save it as .xlsx, and try again.',
  },
};
