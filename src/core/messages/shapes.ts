import type { MessageTable } from './types';

const SHEET_ZH = '工作表「{sheet}」';
const SHEET_EN = 'Sheet "{sheet}"';

/** Class grade summaries (成绩汇总表): how they were read. */
const WIDE = {
  'input.wide.read': {
    zh: `${SHEET_ZH}按班级成绩汇总表读取（每行一名学生、每列一门课程）：{count} 门课程：{courses}。`,
    en: `${SHEET_EN} is read as a class grade summary (one student per row, one course per column): {count} courses: {courses}.`,
  },
  'input.wide.term': {
    zh: `${SHEET_ZH}的成绩记为 {term} 学期（取自{fromZh}「{text}」）。`,
    en: `${SHEET_EN}: its grades are taken as term {term} (from the {fromEn} "{text}").`,
  },
  'input.wide.noTerm': {
    zh: `${SHEET_ZH}的标题和工作表名都没有写明学期（例如「2024-2025学年第二学期」或「2024-2025-2」）：这些成绩没有学期，无法判断是否在检查的学期范围内。请在标题或工作表名中写明学期。`,
    en: `${SHEET_EN}: neither its title nor the sheet name names a term (e.g. "2024-2025学年第二学期" or "2024-2025-2"), so its grades have no term and cannot be placed in the checked terms. Name the term in the title or the sheet name.`,
  },
  'input.wide.noCredit': {
    zh: `${SHEET_ZH}：{courses} 没有写学分（例如「高等数学(4)」或表头下一行的学分），计算加权平均时每门按 1 学分计。`,
    en: `${SHEET_EN}: {courses} carry no credit (e.g. "高等数学(4)" or a 学分 row under the header); each counts as 1 credit in the weighted average.`,
  },
  'input.wide.notCourses': {
    zh: `${SHEET_ZH}：{columns} 不是课程，未读取。`,
    en: `${SHEET_EN}: {columns} are not courses and are not read.`,
  },
  'input.wide.classRank': {
    zh: `${SHEET_ZH}：「{column}」是班级内的名次，不是本专业的学习成绩综合排名，未采用；排名由成绩重新计算（学校的综合排名请写在成员名单的「综合排名」列）。`,
    en: `${SHEET_EN}: "{column}" is the order within the class, not the school's overall rank in the major, and is not used; the rank is computed from the grades (put the school's rank in the roster's 综合排名 column).`,
  },
  'input.wide.makeup': {
    zh: `${SHEET_ZH}是补考成绩表：其中的成绩按补考计，只用于判断不及格课程是否已补考通过，不计入平均分。`,
    en: `${SHEET_EN} holds make-up exam scores: they only tell whether a failed course was passed later and do not count in the average.`,
  },
} satisfies MessageTable;

/** Rosters: the union roster among several, posts written in one cell, rosters without 学号. */
const ROSTERS = {
  'input.roster.notUnion': {
    zh: `${SHEET_ZH}有学号、姓名，但没有部门或职务列，而工作表「{roster}」有：按「{roster}」作为学生会成员名单，${SHEET_ZH}的 {count} 行未计为成员。`,
    en: `${SHEET_EN} has student IDs and names but no department or title column, while sheet "{roster}" has them: "{roster}" is taken as the union roster and the {count} rows of "{sheet}" are not counted as members.`,
  },
  'input.post.split': {
    zh: `${SHEET_ZH}第 {col} 列把部门和职务写在同一格，已按职务名称拆开（例如「{value}」→ 部门「{department}」、职务「{title}」），共 {count} 行。`,
    en: `${SHEET_EN}, column {col} writes department and title in one cell; it was split at the title (e.g. "{value}" → department "{department}", title "{title}"), {count} rows.`,
  },
  'input.post.unsplit': {
    zh: '工作表「{sheet}」第 {row} 行 {col} 列：「{value}」无法拆成部门和职务（结尾不是已知职务，或前面不是部门名称），请分成两列或改写，如「学习部部长」。',
    en: 'Sheet "{sheet}", row {row}, column {col}: "{value}" cannot be split into department and title (it does not end in a known title after a department name); use two columns or write it like "学习部部长".',
  },
  'input.keyless.matched': {
    zh: `${SHEET_ZH}没有学号列：{matched} 名成员按姓名 + 班级在成绩表中找到学号，{unmatched} 名未能唯一对应（待核实）。`,
    en: `${SHEET_EN} has no student ID column: {matched} members were matched to the grade data by name + class, {unmatched} could not be matched to exactly one student (needs checking).`,
  },
} satisfies MessageTable;

/** Why a member keyed by 姓名 + 班级 is 待核实 (the rank and failed-course rules). */
const KEYLESS = {
  'rule.keyless.notFound': {
    zh: '名单无学号，成绩表中找不到班级「{className}」的「{name}」，无法核对成绩，待核实',
    en: 'The roster has no student ID and no "{name}" of class "{className}" is in the grade data; grades cannot be checked (needs checking)',
  },
  'rule.keyless.sameNameInGrades': {
    zh: '名单无学号，成绩表中班级「{className}」有 {count} 名同名学生「{name}」（学号 {studentIds}），无法确定是哪一位，待核实',
    en: 'The roster has no student ID and the grade data has {count} students named "{name}" in class "{className}" (IDs {studentIds}); which one is meant cannot be told (needs checking)',
  },
  'rule.keyless.sameNameInRoster': {
    zh: '名单无学号，班级「{className}」的「{name}」在名单中出现 {count} 次（第 {rows} 行），无法分别对应成绩，待核实',
    en: 'The roster has no student ID and "{name}" of class "{className}" appears {count} times in it (rows {rows}); their grades cannot be told apart (needs checking)',
  },
  'rule.keyless.noClass': {
    zh: '名单无学号，且这一行没有班级，无法按姓名 + 班级对应成绩，待核实',
    en: 'The roster has no student ID and this row has no class; grades cannot be matched by name + class (needs checking)',
  },
  'rule.studentId.digitsLost': {
    zh: '学号「{value}」的位数已经丢失（Excel 只保留 15 位有效数字），无法与成绩对应，待核实；请把学号列设为文本后重新导出',
    en: 'Student ID "{value}" has lost digits (Excel keeps 15 significant digits) and cannot be matched to the grades (needs checking); export the ID column as text again',
  },
} satisfies MessageTable;

/** Messages about the shapes of hand-kept workbooks (docs/RULES.md §4.1 roster, §4.3 class-summaries). */
export const SHAPES_MESSAGES = { ...WIDE, ...ROSTERS, ...KEYLESS } satisfies MessageTable;
