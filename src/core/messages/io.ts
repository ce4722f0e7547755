import type { MessageTable } from './types';

/** Messages of the `io.*` area: reading input files and writing output files on the command line. */
export const IO_MESSAGES = {
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
  'io.csvRowTooLong': {
    zh: 'CSV 文件「{file}」从第 {row} 行开始的一行超过 {limit} 个字符，真实的名单或成绩表的一行远不会这么长：可能是这一行少了换行，或有一个没有闭合的双引号把后面的内容都并了进来。请在 Excel 或 WPS 中检查该行后重新保存。',
    en: 'CSV file "{file}" has a row, starting at row {row}, longer than {limit} characters, far beyond any real roster or grade sheet: a line break may be missing, or an unclosed double quote swallowed what follows. Check that row in Excel or WPS and save the file again.',
  },
  'io.writeBusy': {
    zh: '无法写入「{file}」：文件可能正在 Excel 或 WPS 中打开，或者没有写入权限。请关闭该文件后再试，或换一个输出文件名。',
    en: 'Cannot write "{file}": it may be open in Excel or WPS, or you lack permission. Close it and try again, or choose another output name.',
  },
  'io.writeFailed': {
    zh: '无法写入「{file}」（{reason}）。',
    en: 'Cannot write "{file}" ({reason}).',
  },
  'io.tooBig': {
    zh: '文件「{file}」中的部件「{part}」解压后超过 {limit}，真实的学校工作簿远不会这么大；文件可能已损坏或是被人为构造的，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
    en: 'In file "{file}", part "{part}" inflates to more than {limit}, far beyond any real school workbook; the file may be damaged or crafted and cannot be read. Open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.tooMany': {
    zh: '文件「{file}」中的部件「{part}」包含超过 {limit} 项，真实的学校工作簿远不会这么多；文件可能已损坏或是被人为构造的，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
    en: 'In file "{file}", part "{part}" holds more than {limit} items, far beyond any real school workbook; the file may be damaged or crafted and cannot be read. Open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.tooLong': {
    zh: '文件「{file}」中的部件「{part}」的文字合计超过 {limit} 个字符，真实的学校工作簿远不会这么多；文件可能已损坏或是被人为构造的，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
    en: 'In file "{file}", the text of part "{part}" exceeds {limit} characters in all, far beyond any real school workbook; the file may be damaged or crafted and cannot be read. Open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.rowBeyond': {
    zh: '文件「{file}」的工作表「{sheet}」中有行号 {row}，超出了 Excel 的上限 1,048,576 行；文件已损坏，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
    en: 'File "{file}", sheet "{sheet}", has row number {row}, beyond Excel\'s limit of 1,048,576 rows; the file is damaged and cannot be read. Open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.columnBeyond': {
    zh: '文件「{file}」的工作表「{sheet}」中有单元格 {cell}，超出了 Excel 的最后一列 XFD（16,384 列）；文件已损坏，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
    en: 'File "{file}", sheet "{sheet}", has cell {cell}, beyond Excel\'s last column XFD (16,384 columns); the file is damaged and cannot be read. Open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.csvBadBytes': {
    zh: 'CSV 文件「{file}」（工作表「{sheet}」）按 UTF-8 读取，其中 {count} 处字节不是有效的 UTF-8，已替换为 “\uFFFD”；第一处在第 {row} 行 {col} 列。请在 Excel 或 WPS 中核对该单元格，改正后另存为 “CSV UTF-8”。',
    en: 'CSV file "{file}" (sheet "{sheet}") was read as UTF-8, but {count} byte sequence(s) are not valid UTF-8 and were replaced with "\uFFFD"; the first is in row {row}, column {col}. Check that cell in Excel or WPS, correct it and save as "CSV UTF-8".',
  },
  'io.damagedSheet': {
    zh: '文件「{file}」的工作表「{sheet}」不完整或已损坏（内容在中途中断、格式错误或数据校验不符），无法可靠读取。请在 Excel 或 WPS 中打开它（Excel 会提示修复），检查该工作表后另存为新的 .xlsx 再试。',
    en: 'File "{file}", sheet "{sheet}", is incomplete or damaged (cut off part-way, malformed, or failing its checksum) and cannot be read reliably. Open it in Excel or WPS (Excel offers to repair it), check that sheet, save it as a new .xlsx, and try again.',
  },
  'io.zipDamaged': {
    zh: '文件「{file}」已损坏：它是 .xlsx 的压缩包格式，但文件末尾的目录缺失或不完整（常见于下载或拷贝没有完成）。请重新下载或拷贝，或在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。',
    en: 'File "{file}" is damaged: it is a zip package like .xlsx, but its directory at the end is missing or incomplete (usually an unfinished download or copy). Download or copy it again, or open it in Excel or WPS and save it as .xlsx.',
  },
  'io.xlsb': {
    zh: '「{file}」是 Excel 二进制工作簿（.xlsb），只是扩展名是 {ext}。请在 Excel 中打开它，另存为 “Excel 工作簿 (.xlsx)” 后再试。',
    en: '"{file}" is an Excel Binary Workbook (.xlsb) saved with a {ext} name. Open it in Excel, save it as "Excel Workbook (.xlsx)", and try again.',
  },
  'io.zipNotWorkbook': {
    zh: '「{file}」是一个压缩包（例如 Word 文档、WPS 或 OpenOffice 表格），但里面没有 Excel 工作簿。如果它是表格，请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。',
    en: '"{file}" is a zip package (e.g. a Word document or an OpenDocument spreadsheet) but holds no Excel workbook. If it is a spreadsheet, open it in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.notTable': {
    zh: '「{file}」的内容既不是 Excel 工作簿，也不是文本表格（CSV），无法读取。请在 Excel 或 WPS 中打开原始表格，另存为 .xlsx 后再试。',
    en: 'The content of "{file}" is neither an Excel workbook nor a text table (CSV). Open the original table in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.xmlOther': {
    zh: '「{file}」是 XML 文件，不是 Excel 工作簿。请在 Excel 或 WPS 中打开原始表格，另存为 .xlsx 后再试。',
    en: '"{file}" is an XML file, not an Excel workbook. Open the original table in Excel or WPS, save it as .xlsx, and try again.',
  },
  'io.readAsText': {
    zh: '「{file}」的扩展名是 {ext}，但内容其实是文本表格（CSV 或制表符分隔），已按文本表格读取。请核对读到的内容；以后可在 Excel 或 WPS 中另存为真正的 .xlsx。',
    en: '"{file}" has a {ext} name but is really a text table (CSV or tab-separated); it was read as one. Check what was read; in future, save it as a real .xlsx in Excel or WPS.',
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
  'io.changedSinceImport': {
    zh: '导入的文件「{file}」在导入后被修改、移动或删除了，无法再读取。请重新导入这个文件，再检查。',
    en: 'The imported file "{file}" was changed, moved or deleted after it was imported and can no longer be read. Import it again, then check.',
  },
  'io.sameFileTwice': {
    zh: '「{file}」和前面给出的「{first}」是同一个文件（路径相同，或经由链接指向它），只读取了一次。',
    en: '"{file}" is the same file as "{first}", given earlier (the same path, or reached through a link); it was read once.',
  },
  'io.zipDuplicate': {
    zh: '文件「{file}」中的部件「{part}」出现了不止一次（名称相同，或只差大小写、斜杠方向）。不同的程序会读到不同的那一份，Excel 和 WPS 不会写出这样的文件；它可能被人改动过，或出自有缺陷的导出程序，无法可靠读取。请从原系统重新导出，或在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。',
    en: 'In file "{file}", part "{part}" appears more than once (the same name, or one differing only in case or slash direction). Different programs would read different copies, and Excel and WPS never write such a file; it may have been altered or come from a faulty exporter, and cannot be read reliably. Export it again from the source system, or open it in Excel or WPS and save it as .xlsx, and try again.',
  },
  'io.sheetNameTwice': {
    zh: '文件「{file}」中有不止一个工作表叫「{sheet}」（名称相同或只差大小写）。Excel 和 WPS 不允许同名工作表，文件可能被人改动过，或出自有缺陷的导出程序；检查结果无法指明是哪一张表，因此不读取。请在 Excel 或 WPS 中打开它，给其中一张改名后另存为 .xlsx 再试。',
    en: 'File "{file}" has more than one sheet named "{sheet}" (the same name, or differing only in case). Excel and WPS never allow this; the file may have been altered or come from a faulty exporter, and findings could not say which sheet they mean, so it is not read. Open it in Excel or WPS, rename one of the sheets, save it as .xlsx, and try again.',
  },
  'io.cellTwice': {
    zh: '文件「{file}」的工作表「{sheet}」中，单元格 {cell} 出现了两次，两处内容互相冲突。Excel 和 WPS 不会写出这样的表，无法判断哪一个才是您在表格里看到的值，因此不读取（避免按猜测的值得出检查结论）。请在 Excel 或 WPS 中打开它，核对该单元格后另存为 .xlsx 再试。',
    en: 'File "{file}", sheet "{sheet}": cell {cell} is given twice, with conflicting contents. Excel and WPS never write such a sheet, and there is no telling which value you see in it, so it is not read (a check must not rest on a guessed value). Open it in Excel or WPS, check that cell, save it as .xlsx, and try again.',
  },
  'io.rowTwice': {
    zh: '文件「{file}」的工作表「{sheet}」中，第 {row} 行出现了两次（第二次从 {cell} 起），两处内容互相冲突。Excel 和 WPS 不会写出这样的表，无法判断哪一行才是您在表格里看到的，因此不读取。请在 Excel 或 WPS 中打开它，核对该行后另存为 .xlsx 再试。',
    en: 'File "{file}", sheet "{sheet}": row {row} is given twice (the second time from {cell}), with conflicting contents. Excel and WPS never write such a sheet, and there is no telling which row you see in it, so it is not read. Open it in Excel or WPS, check that row, save it as .xlsx, and try again.',
  },
  'io.rowOrder': {
    zh: '文件「{file}」的工作表「{sheet}」中，第 {row} 行（从 {cell} 起）排在第 {previous} 行之后：要么重复了前面的行，要么行的顺序被打乱。Excel 和 WPS 不会写出这样的表，无法可靠读取。请在 Excel 或 WPS 中打开它，核对该行后另存为 .xlsx 再试。',
    en: 'File "{file}", sheet "{sheet}": row {row} (from {cell}) comes after row {previous}: it either repeats an earlier row or the rows are out of order. Excel and WPS never write such a sheet, and it cannot be read reliably. Open it in Excel or WPS, check that row, save it as .xlsx, and try again.',
  },
  'io.badNumber': {
    zh: '文件「{file}」的工作表「{sheet}」中，单元格 {cell} 应当是数字，但里面是「{text}」（不是数字，或超出了 Excel 能表示的范围）。文件已损坏，无法可靠读取。请在 Excel 或 WPS 中打开它，核对该单元格后另存为 .xlsx 再试。',
    en: 'File "{file}", sheet "{sheet}": cell {cell} should hold a number but holds "{text}" (not a number, or beyond what Excel can hold). The file is damaged and cannot be read reliably. Open it in Excel or WPS, check that cell, save it as .xlsx, and try again.',
  },
  'io.badSharedString': {
    zh: '文件「{file}」的工作表「{sheet}」中，单元格 {cell} 引用了第「{index}」条共享文字，但文件里只有 {count} 条（编号从 0 开始）。文件已损坏，无法可靠读取。请在 Excel 或 WPS 中打开它，核对该单元格后另存为 .xlsx 再试。',
    en: 'File "{file}", sheet "{sheet}": cell {cell} refers to shared text number "{index}", but the file holds only {count} (numbered from 0). The file is damaged and cannot be read reliably. Open it in Excel or WPS, check that cell, save it as .xlsx, and try again.',
  },
  'io.badBoolean': {
    zh: '文件「{file}」的工作表「{sheet}」中，单元格 {cell} 应当是 TRUE 或 FALSE，但里面是「{text}」。文件已损坏，无法可靠读取。请在 Excel 或 WPS 中打开它，核对该单元格后另存为 .xlsx 再试。',
    en: 'File "{file}", sheet "{sheet}": cell {cell} should hold TRUE or FALSE but holds "{text}". The file is damaged and cannot be read reliably. Open it in Excel or WPS, check that cell, save it as .xlsx, and try again.',
  },
  'io.emptyValue': {
    zh: '文件「{file}」的工作表「{sheet}」中有 {count} 个单元格标明了数字或文字类型，值却是空的（第一个是 {cell}），已按空白单元格读取。Excel 和 WPS 不会这样保存；请在 Excel 或 WPS 中核对这些单元格。',
    en: 'File "{file}", sheet "{sheet}": {count} cell(s) declare a number or text type but hold an empty value (the first is {cell}); they were read as blank cells. Excel and WPS never save cells this way; check them in Excel or WPS.',
  },
  'io.controlChars': {
    zh: '文件「{file}」（工作表「{sheet}」）中有 {count} 个控制字符（例如 NUL，在表格中看不见），它们会让姓名、学号对不上，已删除；第一个在第 {row} 行 {col} 列。这通常来自有缺陷的导出程序，请在原系统或 Excel、WPS 中核对该单元格。',
    en: 'File "{file}" (sheet "{sheet}") held {count} control character(s) (such as NUL, invisible in a table), which would keep names and student IDs from matching; they were removed. The first was in row {row}, column {col}. This usually comes from a faulty export; check that cell in the source system or in Excel or WPS.',
  },
} satisfies MessageTable;
