import type { MessageTable } from './types';

// A cell is named the same way in every message: sheet, row, column letter.
const AT_ZH = '工作表「{sheet}」第 {row} 行 {col} 列';
const AT_EN = 'Sheet "{sheet}", row {row}, column {col}';
const ROW_ZH = '工作表「{sheet}」第 {row} 行';
const ROW_EN = 'Sheet "{sheet}", row {row}';

/** How issueText names the file a note came from (messages/issueText.ts). */
const WHERE = {
  'input.where.sheet': { zh: '工作表「{sheet}」', en: 'Sheet "{sheet}"' },
  'input.where.fileSheet': {
    zh: '文件「{file}」工作表「{sheet}」',
    en: 'File "{file}", sheet "{sheet}"',
  },
  'input.where.inFile': { zh: '文件「{file}」：{message}', en: 'File "{file}": {message}' },
} satisfies MessageTable;

const KINDS = {
  'input.kind.roster': { zh: '学生会成员名单', en: 'union roster' },
  'input.kind.grades': { zh: '成绩表', en: 'grade sheet' },
  'input.kind.discipline': { zh: '处分名单', en: 'discipline register' },
  'input.kind.attendance': { zh: '签到/考勤表', en: 'attendance sheet' },
  'input.kind.delegates': { zh: '学代会代表名单', en: 'congress delegate list' },
} satisfies MessageTable;

/** Field names as a teacher knows the column (the commonest header). */
const FIELDS = {
  'input.field.seq': { zh: '序号', en: 'No.' },
  'input.field.name': { zh: '姓名', en: 'name' },
  'input.field.studentId': { zh: '学号', en: 'student ID' },
  'input.field.gender': { zh: '性别', en: 'gender' },
  'input.field.college': { zh: '学院', en: 'college' },
  'input.field.major': { zh: '专业', en: 'major' },
  'input.field.entryYear': { zh: '年级', en: 'entry year' },
  'input.field.className': { zh: '班级', en: 'class' },
  'input.field.department': { zh: '部门', en: 'department' },
  'input.field.title': { zh: '职务', en: 'title' },
  'input.field.political': { zh: '政治面貌', en: 'political status' },
  'input.field.phone': { zh: '联系电话', en: 'phone' },
  'input.field.level': { zh: '级别', en: 'union level' },
  'input.field.schoolRank': { zh: '综合排名', en: 'overall rank' },
  'input.field.rankCohortSize': { zh: '专业人数', en: 'cohort size' },
  'input.field.rankPercent': { zh: '排名百分比', en: 'rank percentage' },
  'input.field.collegeUnionRole': { zh: '院学生会职务', en: 'college union role' },
  'input.field.academicYear': { zh: '学年', en: 'academic year' },
  'input.field.term': { zh: '学期', en: 'term' },
  'input.field.yearTerm': { zh: '学年学期', en: 'year and term' },
  'input.field.courseCode': { zh: '课程代码', en: 'course code' },
  'input.field.courseName': { zh: '课程名称', en: 'course name' },
  'input.field.courseNature': { zh: '课程性质', en: 'course type' },
  'input.field.credit': { zh: '学分', en: 'credits' },
  'input.field.score': { zh: '成绩', en: 'score' },
  'input.field.makeupScore': { zh: '补考成绩', en: 'make-up exam score' },
  'input.field.retakeScore': { zh: '重修成绩', en: 'retake score' },
  'input.field.attemptType': { zh: '成绩性质', en: 'attempt type' },
  'input.field.acquisition': { zh: '取得方式', en: 'how obtained' },
  'input.field.mark': { zh: '成绩标识', en: 'score mark' },
  'input.field.voided': { zh: '是否成绩作废', en: 'score voided' },
  'input.field.sanction': { zh: '处分类型', en: 'sanction' },
  'input.field.date': { zh: '日期', en: 'date' },
  'input.field.lifted': { zh: '是否解除', en: 'lifted' },
  'input.field.reason': { zh: '违纪事由', en: 'reason' },
  'input.field.event': { zh: '活动名称', en: 'event' },
  'input.field.status': { zh: '签到情况', en: 'attendance status' },
  'input.field.attended': { zh: '实到次数', en: 'times attended' },
  'input.field.absent': { zh: '缺勤次数', en: 'times absent' },
  'input.field.required': { zh: '应到次数', en: 'times required' },
  'input.field.isCadre': { zh: '是否学生会骨干', en: 'union core member' },
  'input.field.identity': { zh: '代表类别', en: 'delegate category' },
  'input.field.liftedDate': { zh: '解除日期', en: 'date lifted' },
} satisfies MessageTable;

const TABLES = {
  'input.table.missingField': {
    zh: `${ROW_ZH}是{kind}的表头，但没有找到{field}列（找到的列：{found}）。请添加该列，或在设置中指定对应的列。`,
    en: `${ROW_EN} is the header of a {kindEn}, but it has no {fieldEn} column (columns found: {foundEn}). Add the column, or choose the matching column in the settings.`,
  },
  'input.sheet.noTable': {
    zh: '工作表「{sheet}」中没有找到可识别的表格（学生会名单、成绩、处分、考勤或学代会代表），已跳过。如果它是需要检查的表，请在设置中指定表头行和列。',
    en: 'Sheet "{sheet}" holds no table the product recognises (roster, grades, discipline, attendance or delegates) and was skipped. If it should be checked, set its header row and columns in the settings.',
  },
} satisfies MessageTable;

const ROWS = {
  'input.row.noStudentId': {
    zh: `${AT_ZH}：这一行有数据，但学号为空，无法与其他表对应，已跳过。`,
    en: `${AT_EN}: the row has data but no student ID, so it cannot be matched to other sheets and was skipped.`,
  },
  'input.row.noName': {
    zh: `${AT_ZH}：学号「{value}」的姓名为空。`,
    en: `${AT_EN}: student ID "{value}" has no name.`,
  },
  'input.row.noKey': {
    zh: `${ROW_ZH}：这一行有数据，但学号和姓名都为空，已跳过。`,
    en: `${ROW_EN}: the row has data but neither a student ID nor a name, and was skipped.`,
  },
  'input.department.fromAbove': {
    zh: '工作表「{sheet}」第 {row} 行起 {col} 列（共 {count} 行）：部门为空，按第 {fromRow} 行的「{department}」计算（多为合并单元格）。如果其中有成员不属于该部门，请填写其部门。',
    en: 'Sheet "{sheet}", row {row}, column {col} ({count} rows from there): the department is empty and is taken as "{department}" from row {fromRow} (usually a merged cell). If a member there belongs elsewhere, type the department.',
  },
  'input.studentId.unreadable': {
    zh: `${AT_ZH}：学号「{value}」无法识别（学号应为数字或字母数字），这一行已跳过。`,
    en: `${AT_EN}: student ID "{value}" cannot be read (it should be digits or letters and digits); the row was skipped.`,
  },
  'input.studentId.error': {
    zh: `${AT_ZH}：学号是错误值「{value}」（公式出错或引用已失效），无法与其他表对应，这一行已跳过。请修正公式，或填入实际的学号。`,
    en: `${AT_EN}: the student ID is the error value "{value}" (a broken formula or reference), so the row cannot be matched and was skipped. Fix the formula or type the actual ID.`,
  },
  'input.cell.error': {
    zh: `${AT_ZH}：单元格是错误值「{value}」（公式出错或引用已失效），按空白处理。请修正公式，或填入实际的值。`,
    en: `${AT_EN}: the cell holds the error value "{value}" (a broken formula or reference) and is read as blank. Fix the formula or type the actual value.`,
  },
  'input.studentId.scientific': {
    zh: `${AT_ZH}：学号显示为科学计数法「{value}」，原来的数字已经丢失。请把学号列设为“文本”格式后重新输入学号。`,
    en: `${AT_EN}: the student ID shows in scientific notation ("{value}") and its digits are lost. Format the column as Text and type the IDs again.`,
  },
  'input.studentId.digitsLost': {
    zh: `文件「{file}」${AT_ZH}：学号「{value}」是导出时按 Excel 显示的数字写出的，只保留了 15 位有效数字，后面的位数已经丢失，不能用来对应学生（这一行待核实，不按猜测对应）。请在教务系统或 Excel 中把学号列设为“文本”后重新导出。`,
    en: `File "{file}", sheet "{sheet}", row {row}, column {col}: student ID "{value}" was exported as Excel displayed a number, with only 15 significant digits; the rest are lost, so it cannot be matched to a student (the row needs checking and is not matched by guess). Export the student ID column as text again.`,
  },
} satisfies MessageTable;

const VALUES = {
  'input.grade.unknown': {
    zh: `${AT_ZH}：成绩「{value}」无法识别，不计入平均分，也不当作及格；请核对。`,
    en: `${AT_EN}: score "{value}" cannot be read; it is left out of the average and not taken as a pass; please check it.`,
  },
  'input.grade.noCourse': {
    zh: `${ROW_ZH}：没有课程名称或课程代码，这一行已跳过。`,
    en: `${ROW_EN}: no course name or course code; the row was skipped.`,
  },
  'input.transcript.noStudent': {
    zh: `${ROW_ZH}：个人成绩单里这一行课程的上方没有写明学生的“学号：…  姓名：…”一行，不知道是谁的成绩，没有计入。请在这些课程上方补上学生信息行。`,
    en: `${ROW_EN}: in this personal transcript no "学号：…  姓名：…" line above the course row names the student, so the grade is not counted. Add the student's line above these courses.`,
  },
  'input.transcript.unnamed': {
    zh: `${ROW_ZH}：个人成绩单的学生信息行没有填写学号，也没有填写姓名，下面到下一名学生之前的课程都没有计入。请补上学号。`,
    en: `${ROW_EN}: the transcript's student line gives neither 学号 nor 姓名; the courses under it, up to the next student, are not counted. Fill in the student ID.`,
  },
  'input.transcript.noStudentId': {
    zh: `${ROW_ZH}：个人成绩单的学生信息行（「{value}」）没有可用的学号，成绩无法可靠地对应到学生，下面到下一名学生之前的课程都没有计入。请导出带学号的成绩单。`,
    en: `${ROW_EN}: the transcript's student line ("{value}") gives no usable 学号, so its grades cannot be matched reliably; the courses under it, up to the next student, are not counted. Export the transcript with student IDs.`,
  },
  'input.credit.unreadable': {
    zh: `${AT_ZH}：学分「{value}」无法识别，按没有学分处理。`,
    en: `${AT_EN}: credits "{value}" cannot be read and are treated as missing.`,
  },
  'input.term.unreadable': {
    zh: `${AT_ZH}：学年学期「{value}」无法识别（例如应写作 2024-2025-1 或 2024-2025学年第一学期）。`,
    en: `${AT_EN}: term "{value}" cannot be read (write it like 2024-2025-1).`,
  },
  'input.attempt.unknown': {
    zh: `${AT_ZH}：「{value}」不是已知的成绩性质或取得方式（正常考试、补考、重修、缓考）。`,
    en: `${AT_EN}: "{value}" is not a known attempt type (first attempt, make-up, retake, deferred).`,
  },
  'input.entryYear.unreadable': {
    zh: `${AT_ZH}：年级「{value}」无法识别（应写作 2023级 或 2023）。`,
    en: `${AT_EN}: entry year "{value}" cannot be read (write it like 2023).`,
  },
  'input.political.unknown': {
    zh: `${AT_ZH}：政治面貌「{value}」无法识别，该成员的政治面貌条件将列为待核实。`,
    en: `${AT_EN}: political status "{value}" is not recognised; the member's political check is marked as needing review.`,
  },
  'input.level.unknown': {
    zh: `${AT_ZH}：级别「{value}」无法识别（应为 校级 或 院级）。`,
    en: `${AT_EN}: union level "{value}" is not recognised (school or college level).`,
  },
  'input.rank.unreadable': {
    zh: `${AT_ZH}：综合排名「{value}」无法识别（例如 5/120、8%、前10%），将改用成绩计算排名。`,
    en: `${AT_EN}: rank "{value}" cannot be read (e.g. 5/120, 8%); the rank will be computed from the grades instead.`,
  },
  'input.sanction.unknown': {
    zh: `${AT_ZH}：处分「{value}」不是警告、严重警告、记过、记大过、留校察看、开除学籍之一，也不是团内、党内处分或通报批评，请核实。`,
    en: `${AT_EN}: sanction "{value}" is not one of warning, serious warning, demerit, major demerit, probation, expulsion, nor league or party discipline or criticism; please check it.`,
  },
  'input.sanction.missing': {
    zh: `${AT_ZH}：处分一栏为空，请核实。`,
    en: `${AT_EN}: the sanction cell is empty; please check it.`,
  },
  'input.date.unreadable': {
    zh: `${AT_ZH}：日期「{value}」无法识别（例如 2025-03-04 或 2025年3月4日）。`,
    en: `${AT_EN}: date "{value}" cannot be read (write it like 2025-03-04).`,
  },
  'input.yesNo.unreadable': {
    zh: `${AT_ZH}：「{value}」应为 是 或 否。`,
    en: `${AT_EN}: "{value}" should be yes (是) or no (否).`,
  },
  'input.attendance.statusUnknown': {
    zh: `${AT_ZH}：签到情况「{value}」无法识别（出勤、缺勤、迟到、请假），这一行未计入。`,
    en: `${AT_EN}: attendance "{value}" is not recognised (present, absent, late, on leave); the row is not counted.`,
  },
  'input.attendance.noCounts': {
    zh: `${ROW_ZH}：签到情况或出勤次数为空，这一行未计入。`,
    en: `${ROW_EN}: no attendance status or counts; the row is not counted.`,
  },
  'input.attendance.countsIncomplete': {
    zh: `${ROW_ZH}：只有部分次数，无法算出应到和实到（需要其中两项：应到、实到、缺勤），这一行未计入。`,
    en: `${ROW_EN}: the counts are incomplete (two of required, attended and absent are needed); the row is not counted.`,
  },
  'input.attendance.countsInvalid': {
    zh: `${ROW_ZH}：实到 {attended} 次、应到 {required} 次不合理，这一行未计入。`,
    en: `${ROW_EN}: attended {attended} of {required} does not add up; the row is not counted.`,
  },
} satisfies MessageTable;

/** Messages of the `input.*` area: reading and recognising the teacher's tables. */
export const INPUT_MESSAGES = {
  ...WHERE,
  ...KINDS,
  ...FIELDS,
  ...TABLES,
  ...ROWS,
  ...VALUES,
} satisfies MessageTable;
