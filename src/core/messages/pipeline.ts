import type { MessageTable } from './types';

/** Messages about the workbook as a whole (`input.*` keys raised by src/core/pipeline). */
export const PIPELINE_MESSAGES = {
  'input.noSheets': {
    zh: '没有读到任何工作表：{sheets}。请确认文件里有数据。',
    en: 'No worksheet was read: {sheets}. Make sure the file holds data.',
  },
  'input.noData': {
    zh: '{sheets} 中没有任何数据，找不到学生会成员名单。请确认选择了正确的文件。',
    en: '{sheets} hold no data, so no student union roster was found. Check that you picked the right file.',
  },
  'input.noRoster': {
    zh: '没有找到学生会成员名单。已读取：{sheets}。{foundZh}名单需要一行表头，至少包含「姓名」和「学号」两列（另有「部门」「职务」「政治面貌」等列更好）；如果名单在单独的文件里，请把它和成绩文件一起给出。',
    en: 'No student union roster was found. Read: {sheets}. {foundEn}A roster needs a header row with at least 姓名 (name) and 学号 (student ID) columns (部门, 职务, 政治面貌 help too); if the roster is in a separate file, give it together with the grade files.',
  },
  'input.rosterEmpty': {
    zh: '工作表「{sheet}」第 {row} 行是名单的表头，但下面没有任何成员数据。',
    en: 'Sheet "{sheet}" has the roster header at row {row}, but no member rows below it.',
  },
  'input.rosterNoIds': {
    zh: '工作表「{sheet}」第 {row} 行是名单的表头，下面有 {count} 行数据，但没有一行有可用的学号（{col} 列），所以无法检查任何成员。请填写学号（设为“文本”格式），或在设置中指定学号所在的列。',
    en: 'Sheet "{sheet}" has the roster header at row {row} and {count} rows below it, but none has a usable student ID (column {col}), so no member can be checked. Fill in the IDs (formatted as Text), or choose the ID column in the settings.',
  },
  'input.rosterOtherLevel': {
    zh: '工作表「{sheet}」（表头在第 {row} 行）中的 {count} 名成员的「级别」都不是本次检查的{levelZh}学生会，所以没有成员可检查。请在设置中选择对应的级别（预设 national-college 为院级），或核对「级别」列。',
    en: 'All {count} members on sheet "{sheet}" (header at row {row}) belong to another union level than the {levelEn} union being checked, so no member can be checked. Choose the matching level in the settings (preset national-college is college level), or check the level column.',
  },
  'input.studentId.zerosLost': {
    zh: '工作表「{sheet}」第 {row} 行：成绩中没有学号「{studentId}」，却有学号「{gradeId}」——成绩表很可能把学号存成了数字，开头的 0 丢了，所以该生没有成绩可用。请把成绩表的学号列设为“文本”格式后重新导出，或补上开头的 0。',
    en: 'Sheet "{sheet}" row {row}: the grades have no student ID "{studentId}" but do have "{gradeId}": the grade export most likely stored the IDs as numbers and lost the leading zeros, so this student has no usable grades. Format the grade sheet’s ID column as Text and export again, or restore the zeros.',
  },
  'input.duplicateMember': {
    zh: '工作表「{sheet}」第 {row} 行：学号 {studentId}（{name}）与第 {firstRow} 行重复，只按第 {firstRow} 行检查。',
    en: 'Sheet "{sheet}" row {row}: student ID {studentId} ({name}) repeats row {firstRow}; only row {firstRow} is checked.',
  },
  'input.duplicateMemberName': {
    zh: '工作表「{sheet}」第 {row} 行：学号 {studentId} 与第 {firstRow} 行相同，但姓名不同（「{name}」与「{firstName}」），请核实是否为同一人；只按第 {firstRow} 行检查。',
    en: 'Sheet "{sheet}" row {row}: student ID {studentId} is the same as row {firstRow} but the name differs ("{name}" vs "{firstName}"); check whether they are the same person. Only row {firstRow} is checked.',
  },
  'input.moreIssues': {
    zh: '另有 {count} 条数据提示未列出。',
    en: '{count} more data notes are not listed.',
  },
} satisfies MessageTable;
