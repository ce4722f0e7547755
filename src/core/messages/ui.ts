import type { MessageTable } from './types';

/** Messages of the `ui.*` area: the task pane. */
export const UI_MESSAGES = {
  'ui.app.title': { zh: '学生会合规检查', en: 'Union compliance check' },
  'ui.tab.check': { zh: '检查', en: 'Check' },
  'ui.tab.settings': { zh: '设置', en: 'Settings' },
  'ui.error.unexpected': {
    zh: '出现意外错误：{detail}。请重试；如果问题仍然存在，请把这段文字发给技术支持。',
    en: 'Something unexpected went wrong: {detail}. Try again; if it keeps happening, send this text to support.',
  },

  'ui.check.run': { zh: '一键检查', en: 'Check now' },
  'ui.check.running': { zh: '正在检查…', en: 'Checking…' },
  'ui.check.hint': {
    zh: '点击“一键检查”，检查本工作簿中的学生会名单：政治面貌、成绩排名、不及格课程、违纪处分，以及各部门人数。不符合条件的行会在名单中标色，并生成“检查报告”工作表。',
    en: 'Click “Check now” to check the union roster in this workbook: political status, rank, failed courses, sanctions and department sizes. Problem rows are coloured in the roster and a report sheet is written.',
  },
  'ui.check.cancel': { zh: '取消', en: 'Cancel' },
  'ui.check.cancelling': { zh: '正在取消…', en: 'Cancelling…' },
  'ui.check.cancelled': {
    zh: '检查已取消。需要时可以再点“一键检查”。',
    en: 'The check was cancelled. Click “Check now” to run it again.',
  },
  'ui.check.failed': { zh: '检查没有完成', en: 'The check did not finish' },
  'ui.check.rejected': {
    zh: '无法检查：请先修正工作簿中的以下问题',
    en: 'Cannot check yet: fix these problems in the workbook first',
  },

  'ui.progress.label': { zh: '检查进度', en: 'Check progress' },
  'ui.progress.discover': {
    zh: '正在查找名单、成绩等表格…',
    en: 'Looking for the roster, grades and other tables…',
  },
  'ui.progress.read': {
    zh: '正在读取数据：{done} / {total} 行',
    en: 'Reading data: {done} of {total} rows',
  },
  'ui.progress.readSoFar': {
    zh: '正在读取数据：已读 {done} 行',
    en: 'Reading data: {done} rows so far',
  },
  'ui.progress.compute': {
    zh: '正在核对遴选条件和人数限制…',
    en: 'Checking eligibility and size limits…',
  },
  'ui.progress.write': {
    zh: '正在标色并写入检查报告…',
    en: 'Colouring rows and writing the report…',
  },

  'ui.summary.title': { zh: '检查结果汇总', en: 'Summary' },
  'ui.summary.checked': { zh: '检查人数', en: 'Members checked' },
  'ui.summary.ineligible': { zh: '不符合条件', en: 'Ineligible' },
  'ui.summary.pending': { zh: '待核实', en: 'Needs checking' },
  'ui.summary.allClear': {
    zh: '全部成员符合条件，各部门人数都在限额内。',
    en: 'Every member is eligible and every department is within its limits.',
  },
  'ui.report.written': {
    zh: '检查报告已写入工作表“{sheet}”。',
    en: 'The report was written to sheet “{sheet}”.',
  },
  'ui.report.open': { zh: '打开报告', en: 'Open the report' },

  'ui.chart.departments': { zh: '各部门人数与限额', en: 'Department sizes against the limits' },
  'ui.chart.departmentsHint': {
    zh: '竖线为上限，灰色区域为负责人人数要求；红色表示不符合要求。',
    en: 'The line marks the limit, the grey band the heads allowed; red means the rule is broken.',
  },
  'ui.chart.breaks': { zh: '不符合要求', en: 'breaks the rule' },
  'ui.chart.composition': { zh: '成员构成', en: 'Member composition' },
  'ui.chart.count': { zh: '{count} 人', en: '{count}' },

  'ui.legend.title': { zh: '名单中颜色的含义', en: 'What the colours in the roster mean' },
  'ui.legend.label': { zh: '名单中的颜色：', en: 'Colours in the roster:' },
  'ui.legend.ineligible': { zh: '不符合条件', en: 'Ineligible' },
  'ui.legend.pending': { zh: '待核实', en: 'Needs checking' },

  'ui.findings.title': { zh: '问题明细', en: 'Findings' },
  'ui.findings.byMember': { zh: '按成员（{count}）', en: 'By member ({count})' },
  'ui.findings.byDepartment': { zh: '按部门（{count}）', en: 'By department ({count})' },
  'ui.findings.noMember': { zh: '没有成员存在问题。', en: 'No member has a finding.' },
  'ui.findings.noDepartment': {
    zh: '名单中没有部门信息。',
    en: 'The roster has no department information.',
  },
  'ui.findings.studentId': { zh: '学号 {studentId}', en: 'ID {studentId}' },
  'ui.findings.deptCounts': {
    zh: '负责人 {heads} 人，其他成员 {staff} 人',
    en: '{heads} heads, {staff} other members',
  },
  'ui.findings.source': { zh: '依据：{source}', en: 'Source: {source}' },
  'ui.findings.where': { zh: '{location}　在表中选中 ›', en: '{location}: select in the sheet ›' },
  'ui.findings.goto': {
    zh: '点击在工作表中选中这一行',
    en: 'Click to select this row in the sheet',
  },
  'ui.findings.showMore': {
    zh: '显示更多（还有 {count} 项）',
    en: 'Show more ({count} left)',
  },
  'ui.issues.title': { zh: '数据提示（{count}）', en: 'Data notes ({count})' },
  'ui.skipped.title': { zh: '未检查的规则（{count}）', en: 'Rules not checked ({count})' },

  'ui.import.button': { zh: '导入成绩文件', en: 'Import grade files' },
  'ui.import.reading': { zh: '正在读取 {names}…', en: 'Reading {names}…' },
  'ui.import.loaded': {
    zh: '已导入 {count} 个文件，检查时一并使用（不会写入工作簿）：',
    en: '{count} file(s) imported; the check uses them without adding them to the workbook:',
  },
  'ui.import.listLabel': { zh: '已导入的文件', en: 'Imported files' },
  'ui.import.file': {
    zh: '{name}（{sheets} 个工作表，{rows} 行）',
    en: '{name} ({sheets} sheet(s), {rows} rows)',
  },
  'ui.import.remove': { zh: '移除', en: 'Remove' },
  'ui.import.removeNamed': { zh: '移除 {name}', en: 'Remove {name}' },
  'ui.import.insert': { zh: '插入为工作表', en: 'Insert as sheets' },
  'ui.import.inserted': { zh: '已插入工作表：{names}', en: 'Sheets inserted: {names}' },

  'ui.clear.button': { zh: '清除标记', en: 'Clear marks' },
  'ui.clear.done': {
    zh: '已清除本工具所做的 {removed} 处标色。',
    en: 'Removed {removed} highlight(s) made by this tool.',
  },
  'ui.clear.none': { zh: '没有需要清除的标色。', en: 'There were no highlights to remove.' },

  'ui.settings.loading': { zh: '正在读取工作簿中的设置…', en: 'Loading the workbook’s settings…' },
  'ui.settings.saved': {
    zh: '设置已保存在本工作簿中。',
    en: 'Settings are saved in this workbook.',
  },
  'ui.settings.saving': { zh: '正在保存设置…', en: 'Saving settings…' },
  'ui.settings.saveFailed': {
    zh: '设置没有保存：{detail}',
    en: 'Settings were not saved: {detail}',
  },
  'ui.settings.loadFailed': {
    zh: '无法读取工作簿中保存的设置，暂用默认方案：{detail}',
    en: 'Could not load the settings saved in the workbook; using the default preset: {detail}',
  },
  'ui.settings.storedInvalid': {
    zh: '工作簿中保存的设置有误，暂用默认方案：{detail}',
    en: 'The settings saved in the workbook are invalid; using the default preset: {detail}',
  },
  'ui.settings.basics': { zh: '基本设置', en: 'Basics' },
  'ui.settings.preset': { zh: '政策方案', en: 'Policy preset' },
  'ui.settings.presetHint': {
    zh: '切换方案后，下面各项恢复为该方案的规定值。',
    en: 'Switching resets the settings below to the preset’s values.',
  },
  'ui.settings.studentsServed': { zh: '联系服务学生人数', en: 'Students served' },
  'ui.settings.studentsServedHint': {
    zh: '“骨干成员比例”和“学生代表大会代表”两项需要此人数；不填则不检查这两项。',
    en: 'Needed by the core-member ratio and congress rules; leave empty to skip them.',
  },
  'ui.settings.eligibility': { zh: '成员遴选条件', en: 'Member eligibility' },
  'ui.settings.political': {
    zh: '政治面貌须为中共党员、预备党员或共青团员',
    en: 'Must be a Party member, probationary member or League member',
  },
  'ui.settings.rank': {
    zh: '成绩综合排名须在本专业前列',
    en: 'Rank must be near the top of the major',
  },
  'ui.settings.rank.topPercent': { zh: '排名须在前百分之几', en: 'Top percent' },
  'ui.settings.rank.rounding': { zh: '名额不是整数时', en: 'When the quota is not a whole number' },
  'ui.settings.rank.ceil': {
    zh: '向上取整（如 31 人的 30% 按 10 名算）',
    en: 'Round up (30% of 31 allows 10)',
  },
  'ui.settings.rank.floor': {
    zh: '向下取整（如 31 人的 30% 按 9 名算）',
    en: 'Round down (30% of 31 allows 9)',
  },
  'ui.settings.rank.cohort': { zh: '与谁比较排名', en: 'Ranked against' },
  'ui.settings.rank.window': { zh: '按哪段时间的成绩排名', en: 'Grades counted' },
  'ui.settings.rank.useSchoolRank': {
    zh: '工作簿中有“综合排名”列时直接采用',
    en: 'Use the school’s own rank column when there is one',
  },
  'ui.settings.freshman': {
    zh: '一年级新生不要求排名',
    en: 'First-year students are exempt from the rank rule',
  },
  'ui.settings.failed': { zh: '无课业不及格', en: 'No failed course' },
  'ui.settings.failed.mode': { zh: '怎样算不及格', en: 'What counts as failed' },
  'ui.settings.failed.strict': {
    zh: '严格：第一次考试不及格就算，补考或重修通过也算',
    en: 'Strict: a first-attempt fail counts even if passed later',
  },
  'ui.settings.failed.lenient': {
    zh: '宽松：只算目前仍未通过的课程',
    en: 'Lenient: only courses still failed count',
  },
  'ui.settings.failed.window': { zh: '统计哪段时间的课程', en: 'Courses counted' },
  'ui.settings.discipline': { zh: '无违纪处分', en: 'No disciplinary sanction' },
  'ui.settings.discipline.window': { zh: '统计哪段时间的处分', en: 'Sanctions counted' },
  'ui.settings.discipline.countLifted': {
    zh: '已解除的处分也计入',
    en: 'Count lifted sanctions too',
  },
  'ui.cohort.major+year': { zh: '同专业、同年级的学生', en: 'Same major and entry year' },
  'ui.cohort.major': { zh: '同专业的学生', en: 'Same major' },
  'ui.cohort.class': { zh: '同班级的学生', en: 'Same class' },
  'ui.window.last-term': { zh: '最近一个学期', en: 'Last term' },
  'ui.window.last-year': { zh: '最近一个学年', en: 'Last academic year' },
  'ui.window.since-entry': { zh: '入学以来', en: 'Since entry' },
  'ui.settings.structure': { zh: '机构与人员规模', en: 'Structure and size limits' },
  'ui.settings.max.staff-total': { zh: '工作人员最多（人）', en: 'Most staff' },
  'ui.settings.max.presidium': { zh: '主席团最多（人）', en: 'Largest presidium' },
  'ui.settings.max.departments': { zh: '工作部门最多（个）', en: 'Most departments' },
  'ui.settings.max.dept-staff': {
    zh: '每个部门负责人以外的成员最多（人）',
    en: 'Most members per department besides its heads',
  },
  'ui.settings.deptHeads.min': { zh: '负责人至少（人）', en: 'Fewest heads' },
  'ui.settings.deptHeads.max': { zh: '负责人至多（人）', en: 'Most heads' },
  'ui.settings.percent.from-colleges': {
    zh: '来自院级学生会的至少占（%）',
    en: 'Least share from college unions (%)',
  },
  'ui.settings.percent.core-ratio': {
    zh: '骨干成员最多占联系服务学生的（%）',
    en: 'Largest share of core members among students served (%)',
  },
  'ui.settings.congress.minDelegatePercent': {
    zh: '代表人数至少占联系服务学生的（%）',
    en: 'Least delegates as a share of students served (%)',
  },
  'ui.settings.congress.minNonCadrePercent': {
    zh: '非学生会骨干的代表至少占（%）',
    en: 'Least share of delegates who are not union cadres (%)',
  },
  'ui.settings.congress.minYearPercent': {
    zh: '每个年级的代表至少占（%）',
    en: 'Least share of delegates from each year group (%)',
  },
  'ui.number.required': { zh: '请填写一个数字。', en: 'Enter a number.' },
  'ui.number.invalid': { zh: '这不是一个数字。', en: 'This is not a number.' },
  'ui.number.integer': { zh: '请填写整数。', en: 'Enter a whole number.' },
  'ui.number.min': { zh: '不能小于 {min}。', en: 'Must be at least {min}.' },
  'ui.number.max': { zh: '不能大于 {max}。', en: 'Must be at most {max}.' },

  'ui.settings.mapping': { zh: '表格与列的对应', en: 'Tables and columns' },
  'ui.mapping.detecting': { zh: '正在识别工作簿中的表格…', en: 'Finding the workbook’s tables…' },
  'ui.mapping.detect': { zh: '重新识别', en: 'Detect again' },
  'ui.mapping.none': {
    zh: '没有在工作簿中找到名单或成绩表。请确认表头行含有“姓名”“学号”等列名。',
    en: 'No roster or grade table was found. Check that a header row has columns such as 姓名 and 学号.',
  },
  'ui.mapping.confirm': {
    zh: '有 {count} 张表没有完全识别，请展开确认它的类型和各列。',
    en: '{count} table(s) were not fully recognised: open them to confirm their type and columns.',
  },
  'ui.mapping.allSure': {
    zh: '以下表格均已自动识别；如有不对，可展开修改。',
    en: 'All tables below were recognised; open one to correct it.',
  },
  'ui.mapping.table': {
    zh: '“{sheet}”：{kind}（表头在第 {row} 行）',
    en: '“{sheet}”: {kind} (header in row {row})',
  },
  'ui.mapping.sure': { zh: '已识别', en: 'Recognised' },
  'ui.mapping.unsure': { zh: '请确认', en: 'Please confirm' },
  'ui.mapping.changed': { zh: '已手动调整', en: 'Adjusted' },
  'ui.mapping.ignored': { zh: '不检查', en: 'Not checked' },
  'ui.mapping.kind': { zh: '这张表是', en: 'This table is' },
  'ui.mapping.ignore': { zh: '不是要检查的表（忽略）', en: 'Not a table to check (ignore)' },
  'ui.mapping.column': { zh: '{letter} 列：{text}', en: 'Column {letter}: {text}' },
  'ui.mapping.noColumn': { zh: '（没有这一列）', en: '(no such column)' },
  'ui.mapping.missing': {
    zh: '还缺少必需的列：{fields}',
    en: 'Required columns missing: {fields}',
  },
  'ui.mapping.reset': { zh: '恢复自动识别', en: 'Use what was detected' },

  // 考核评议 tab.
  'ui.appraisal.tab': { zh: '考核评议', en: 'Appraisal' },
  'ui.appraisal.loading': {
    zh: '正在读取工作簿中的考核评议设置…',
    en: 'Loading the workbook’s appraisal settings…',
  },
  'ui.appraisal.hint': {
    zh: '生成述职评议评分表（每个评分组、每个部门一张）和“考核汇总”表；评分人在评分表中打分后，点“汇总评分”查找缺评和超出范围的分数。',
    en: 'Generate the scoring forms (one per scorer group and department) and the summary sheet; once scorers have typed their scores, click “Collect scores” to find missing or out-of-range ones.',
  },
  'ui.appraisal.saved': {
    zh: '考核评议设置已保存在本工作簿中。',
    en: 'Appraisal settings are saved in this workbook.',
  },
  'ui.appraisal.saving': { zh: '正在保存考核评议设置…', en: 'Saving the appraisal settings…' },
  'ui.appraisal.saveFailed': {
    zh: '考核评议设置没有保存：{detail}',
    en: 'The appraisal settings were not saved: {detail}',
  },
  'ui.appraisal.unsaved': {
    zh: '设置有误，修正后才会保存。',
    en: 'The settings have problems; they are saved once corrected.',
  },
  'ui.appraisal.storedInvalid': {
    zh: '工作簿中保存的考核评议设置无法使用（{detail}），已改用默认设置。',
    en: 'The appraisal settings saved in the workbook cannot be used ({detail}); the defaults are shown.',
  },
  'ui.appraisal.storedBroken': {
    zh: '保存的内容已损坏',
    en: 'the saved text is damaged',
  },
  'ui.appraisal.loadFailed': {
    zh: '无法读取工作簿中的考核评议设置（{detail}），已改用默认设置。',
    en: 'The workbook’s appraisal settings could not be read ({detail}); the defaults are shown.',
  },

  'ui.appraisal.who': { zh: '评议对象', en: 'Who is appraised' },
  'ui.appraisal.scope': { zh: '参评范围', en: 'Appraised members' },
  'ui.appraisal.layout': { zh: '评分表', en: 'Forms' },
  'ui.appraisal.term': { zh: '学期', en: 'Term' },
  'ui.appraisal.termHint': {
    zh: '例如 2025-2026-1（表示第一学期），印在表头。',
    en: 'For example 2025-2026-1 (the first term); printed in the titles.',
  },
  'ui.appraisal.school': { zh: '学校名称', en: 'School' },
  'ui.appraisal.schoolHint': { zh: '印在表头，可不填。', en: 'Printed in the titles; optional.' },

  'ui.appraisal.template': { zh: '评分模板', en: 'Scoring template' },
  'ui.appraisal.template.national': { zh: '全国通用（001）', en: 'National (seed 001)' },
  'ui.appraisal.template.hnjt-2021': { zh: '2021 实施方案（004）', en: '2021 plan (seed 004)' },
  'ui.appraisal.template.custom': { zh: '自定义', en: 'Your own' },
  'ui.appraisal.customName': { zh: '自定义模板', en: 'Own template' },
  'ui.appraisal.template.customise': {
    zh: '在此基础上自定义',
    en: 'Customise from this one',
  },
  'ui.appraisal.dims': { zh: '评分维度', en: 'Dimensions' },
  'ui.appraisal.dim.line': { zh: '{name}（满分 {max} 分）', en: '{name} (max {max})' },
  'ui.appraisal.dim.name': { zh: '维度名称', en: 'Dimension' },
  'ui.appraisal.dim.max': { zh: '满分', en: 'Max' },
  'ui.appraisal.dim.weight': { zh: '权重', en: 'Weight' },
  'ui.appraisal.dim.nameOf': { zh: '第{n}个维度的名称', en: 'Name of dimension {n}' },
  'ui.appraisal.dim.maxOf': { zh: '第{n}个维度的满分', en: 'Maximum of dimension {n}' },
  'ui.appraisal.dim.weightOf': { zh: '第{n}个维度的权重', en: 'Weight of dimension {n}' },
  'ui.appraisal.dim.remove': { zh: '删除第{n}个维度', en: 'Remove dimension {n}' },
  'ui.appraisal.dim.add': { zh: '添加维度', en: 'Add a dimension' },
  'ui.appraisal.dims.hint': {
    zh: '满分合计 {total} 分。权重可不填；填写时每个维度都要填，总分按权重折算为百分制。',
    en: 'Maxima add up to {total}. Weights are optional; if given, every dimension needs one and the total is scaled to 100.',
  },

  'ui.appraisal.groups': { zh: '评分组及权重', en: 'Scorer groups and weights' },
  'ui.appraisal.groups.hint': {
    zh: '每个评分组填写一份评分表。按权重汇总时，每个评分组都要填权重。',
    en: 'Each scorer group fills its own forms. The weighted aggregate needs a weight for every group.',
  },
  'ui.appraisal.group.name': { zh: '评分组', en: 'Group' },
  'ui.appraisal.group.weight': { zh: '权重', en: 'Weight' },
  'ui.appraisal.group.nameOf': { zh: '第{n}个评分组的名称', en: 'Name of scorer group {n}' },
  'ui.appraisal.group.weightOf': { zh: '第{n}个评分组的权重', en: 'Weight of scorer group {n}' },
  'ui.appraisal.group.remove': { zh: '删除第{n}个评分组', en: 'Remove scorer group {n}' },
  'ui.appraisal.group.add': { zh: '添加评分组', en: 'Add a scorer group' },

  'ui.appraisal.scoring': { zh: '汇总与等级', en: 'Aggregate and grades' },
  'ui.appraisal.aggregate': { zh: '汇总方式', en: 'Aggregate' },
  'ui.appraisal.band.excellent': { zh: '优秀线（分）', en: 'Excellent from' },
  'ui.appraisal.band.good': { zh: '良好线（分）', en: 'Good from' },
  'ui.appraisal.band.pass': { zh: '合格线（分）', en: 'Pass from' },
  'ui.appraisal.quota': { zh: '优秀比例上限（%）', en: 'Excellent quota (%)' },
  'ui.appraisal.quotaHint': { zh: '不限比例时留空。', en: 'Leave empty for no quota.' },

  'ui.appraisal.generate': { zh: '生成评分表', en: 'Generate forms' },
  'ui.appraisal.generating': { zh: '正在生成评分表…', en: 'Generating forms…' },
  'ui.appraisal.collect': { zh: '汇总评分', en: 'Collect scores' },
  'ui.appraisal.collecting': { zh: '正在汇总评分…', en: 'Collecting scores…' },
  'ui.appraisal.invalid': {
    zh: '请先修正以下设置，再生成评分表：',
    en: 'Fix these settings before generating the forms:',
  },
  'ui.appraisal.path.dimension': { zh: '第{n}个维度', en: 'Dimension {n}' },
  'ui.appraisal.path.group': { zh: '第{n}个评分组', en: 'Scorer group {n}' },
  'ui.appraisal.needsWeights': {
    zh: '按权重汇总需要为每个评分组填写权重；也可以改用其他汇总方式。',
    en: 'The weighted aggregate needs a weight for every scorer group; or choose another aggregate.',
  },
  'ui.appraisal.noMembers': {
    zh: '没有可评议的成员：名单中找不到主席团成员或部门负责人。可把参评范围改为“全体成员”。',
    en: 'Nobody to appraise: the roster has no presidium member or department head. Try appraising all members.',
  },
  'ui.appraisal.nothingFilled': {
    zh: '找到 {count} 张评分表，但都还没有填写分数（建议分不算）。请在评分人填好后再汇总。',
    en: 'Found {count} scoring forms, but no scores have been typed yet (suggestions do not count). Collect once scorers have filled them.',
  },

  'ui.appraisal.progress.label': { zh: '生成进度', en: 'Progress' },
  'ui.appraisal.progress.discover': {
    zh: '正在查找名单和成绩表…',
    en: 'Looking for the roster and grades…',
  },
  'ui.appraisal.progress.read': { zh: '正在读取名单和成绩…', en: 'Reading the roster and grades…' },
  'ui.appraisal.progress.compute': {
    zh: '正在确定参评成员和建议分…',
    en: 'Choosing who is appraised and the suggested scores…',
  },
  'ui.appraisal.progress.write': { zh: '正在写入评分表…', en: 'Writing the forms…' },

  'ui.appraisal.generated': {
    zh: '已生成 {forms} 张评分表（{members} 名成员）和“{summary}”表。',
    en: 'Wrote {forms} scoring forms ({members} members) and the “{summary}” sheet.',
  },
  'ui.appraisal.sheets': { zh: '写入的工作表（{count}）', en: 'Sheets written ({count})' },
  'ui.appraisal.inputIssues': {
    zh: '读取名单时有 {count} 条提示（不影响评分表），可在“检查”页查看。',
    en: 'Reading the roster gave {count} notes (the forms are not affected); the Check tab lists them.',
  },
  'ui.appraisal.confirm.title': { zh: '评分表中已有分数', en: 'The forms hold scores' },
  'ui.appraisal.confirm.body': {
    zh: '本工作簿有 {copies} 张评分表已经填写了分数。重新生成会用空白评分表替换全部评分表，已填的分数将丢失。',
    en: '{copies} forms in this workbook already hold scores. Generating again replaces every form with a blank one, and those scores are lost.',
  },
  'ui.appraisal.confirm.overwrite': { zh: '仍然重新生成', en: 'Generate anyway' },
  'ui.appraisal.confirm.keep': { zh: '保留现有评分表', en: 'Keep the forms' },
  'ui.appraisal.thisWorkbook': { zh: '本工作簿', en: 'This workbook' },
  'ui.appraisal.noForms': {
    zh: '本工作簿中还没有生成的评分表。请先点“生成评分表”。',
    en: 'This workbook has no generated forms yet. Click “Generate forms” first.',
  },
  'ui.appraisal.collected': {
    zh: '已汇总 {copies} 张评分表（{members} 名成员）。',
    en: 'Collected {copies} forms ({members} members).',
  },
  'ui.appraisal.collected.clean': {
    zh: '全部分数都已填写且在范围内。',
    en: 'Every score is in and within range.',
  },
  'ui.appraisal.collected.issues': {
    zh: '发现 {count} 个问题，已列在“{sheet}”表中；点击单元格可直接定位。',
    en: '{count} problems found, listed on the “{sheet}” sheet; click a cell to go to it.',
  },
  'ui.appraisal.summaryAt': {
    zh: '综合得分、排名和等级见“{sheet}”表，随评分表中的分数自动更新。',
    en: 'Results, ranks and grades are on the “{sheet}” sheet and follow the scores as they are typed.',
  },
  'ui.appraisal.issues': { zh: '发现的问题', en: 'Problems found' },
  'ui.appraisal.warnings': { zh: '提示', en: 'Notes' },
  'ui.appraisal.failed.generate': { zh: '没有生成评分表', en: 'The forms were not generated' },
  'ui.appraisal.failed.collect': { zh: '没有完成汇总', en: 'The scores were not collected' },
  'ui.appraisal.writeFailed': {
    zh: '写入评分表时出错（{detail}），本次写入的内容已全部撤销，原有的工作表保持不变。',
    en: 'Writing the forms failed ({detail}); everything written in this run was removed, and the sheets are as they were.',
  },
  'ui.boot.noOffice': {
    zh: '没有连接到 Excel：Office 的脚本（office.js）没有加载。请在 Excel 中打开此加载项，并检查网络能否访问 Office 的服务器后重新打开。',
    en: 'Not connected to Excel: the Office script (office.js) did not load. Open this add-in inside Excel and check that Office’s servers can be reached, then reopen it.',
  },
  'ui.boot.tooOld': {
    zh: '此 Office 版本的浏览器组件过旧，无法运行本加载项（缺少：{missing}）。请更新 Office，或使用 Microsoft 365 / 网页版 Excel。',
    en: 'This version of Office uses a browser component too old for this add-in (missing: {missing}). Update Office, or use Microsoft 365 or Excel on the web.',
  },
  'ui.boot.failed': {
    zh: '加载项启动失败：{detail}。请关闭后重新打开；如果问题仍然存在，请把这段文字发给技术支持。',
    en: 'The add-in failed to start: {detail}. Close and reopen it; if it keeps happening, send this text to support.',
  },
  'ui.progress.readRows': {
    zh: '正在读取数据：已读 {rows} 行（{percent}%）',
    en: 'Reading data: {rows} rows read ({percent}%)',
  },
} satisfies MessageTable;
