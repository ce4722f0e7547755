import type { MessageTable } from './types';

/** Messages of the `appraisal.*` area: form and summary labels, setting errors, collect reports. */
export const APPRAISAL_MESSAGES = {
  // Column headers of the forms (姓名, 学号, 部门, 职务, dimensions, 总分) and of the summary.
  'appraisal.header.name': { zh: '姓名', en: 'Name' },
  'appraisal.header.studentId': { zh: '学号', en: 'Student ID' },
  'appraisal.header.department': { zh: '部门', en: 'Department' },
  'appraisal.header.title': { zh: '职务', en: 'Title' },
  'appraisal.header.total': { zh: '总分', en: 'Total' },
  'appraisal.header.seq': { zh: '序号', en: 'No.' },
  'appraisal.header.groupCount': { zh: '评分组数', en: 'Groups scored' },
  'appraisal.header.aggregate': { zh: '综合得分', en: 'Result' },
  'appraisal.header.rank': { zh: '排名', en: 'Rank' },
  'appraisal.header.band': { zh: '等级', en: 'Grade' },
  'appraisal.header.exitSeq': { zh: '退出机制序号', en: 'Exit no.' },

  'appraisal.band.excellent': { zh: '优秀', en: 'Excellent' },
  'appraisal.band.good': { zh: '良好', en: 'Good' },
  'appraisal.band.pass': { zh: '合格', en: 'Pass' },
  'appraisal.band.fail': { zh: '不合格', en: 'Fail' },

  'appraisal.presidium': { zh: '主席团', en: 'Presidium' },
  'appraisal.noDepartment': { zh: '（未填部门）', en: '(no department)' },
  'appraisal.group.panel': { zh: '评议会', en: 'Review panel' },
  'appraisal.term.label': { zh: '{from}-{to}学年{term}', en: '{from}-{to} {term}' },
  'appraisal.term.n1': { zh: '第一学期', en: 'term 1' },
  'appraisal.term.n2': { zh: '第二学期', en: 'term 2' },
  'appraisal.term.n3': { zh: '第三学期', en: 'term 3' },
  'appraisal.scope.leaders': {
    zh: '主席团成员和工作部门负责人',
    en: 'Presidium and department heads',
  },
  'appraisal.scope.all': { zh: '全体成员', en: 'All members' },
  'appraisal.layout.per-department': { zh: '每个部门一张评分表', en: 'One form per department' },
  'appraisal.layout.single': { zh: '全部成员一张评分表', en: 'One form for everyone' },
  'appraisal.aggregate.mean': { zh: '各组平均', en: 'Mean of groups' },
  'appraisal.aggregate.trimmed': {
    zh: '去掉最高分和最低分后平均',
    en: 'Mean without highest and lowest',
  },
  'appraisal.aggregate.weighted': { zh: '按评分组权重加权', en: 'Weighted by group' },
  'appraisal.evidence.academic': { zh: '成绩排名', en: 'Grade rank' },
  'appraisal.evidence.attendance': { zh: '签到考勤', en: 'Attendance' },

  'appraisal.sheet.form': { zh: '评分', en: 'Score' },
  'appraisal.sheet.summary': { zh: '考核汇总', en: 'Appraisal summary' },
  'appraisal.sheet.evidence': { zh: '建议分依据', en: 'Suggested scores' },
  'appraisal.sheet.settings': { zh: '评议设置', en: 'Appraisal settings' },
  'appraisal.sheet.pool': { zh: '汇集', en: 'Pooled' },

  // Scoring form (评分表).
  'appraisal.form.title': {
    zh: '{school}学生会{term}述职评议评分表',
    en: '{school}Student union appraisal scoring sheet{term}',
  },
  'appraisal.form.allDepartments': { zh: '全体', en: 'All' },
  'appraisal.form.department': { zh: '部门：{department}', en: 'Department: {department}' },
  'appraisal.form.term': { zh: '学期：{term}', en: 'Term: {term}' },
  'appraisal.form.group': { zh: '评分组：{group}', en: 'Scorer group: {group}' },
  'appraisal.form.criteria': { zh: '评分维度与标准：', en: 'Dimensions and criteria:' },
  'appraisal.form.dimension': {
    zh: '{n}. {name}（满分{max}分）：{description}',
    en: '{n}. {name} (max {max}): {description}',
  },
  'appraisal.form.howToScore': {
    zh: '说明：每项在 0 至满分之间打分，可保留一位小数；各项填齐后自动计算总分。',
    en: 'Give each dimension 0 to its maximum (one decimal allowed); the total appears once every dimension is scored.',
  },
  'appraisal.form.scaled': {
    zh: '总分按各维度权重折算为百分制。',
    en: 'The total is converted to a 100-point scale using the dimension weights.',
  },
  'appraisal.form.suggestedLegend': {
    zh: '浅黄底色的分数是依据成绩排名或签到考勤给出的建议分（依据见“建议分依据”表），评议会可直接改写。',
    en: 'Pale yellow scores are suggestions from grade rank or attendance (see the suggested-scores sheet); the panel may overwrite them.',
  },
  'appraisal.form.signature': {
    zh: '评分人（签字）：____________________        日期：______年____月____日',
    en: 'Scorer (signature): ____________________        Date: ____________',
  },
  'appraisal.validation.prompt': { zh: '{name}：0 至 {max} 分', en: '{name}: 0 to {max} points' },
  'appraisal.validation.error': {
    zh: '{name}的分数须为 0 至 {max} 之间的数字。',
    en: '{name} must be a number from 0 to {max}.',
  },

  // Summary (考核汇总).
  'appraisal.summary.title': {
    zh: '{school}学生会{term}述职评议考核汇总表',
    en: '{school}Student union appraisal summary{term}',
  },
  'appraisal.summary.method.mean': {
    zh: '汇总方式：各评分组得分的平均分（缺评的组不计入）。',
    en: 'Aggregate: mean of the groups that scored.',
  },
  'appraisal.summary.method.trimmed': {
    zh: '汇总方式：去掉一个最高分和一个最低分后取平均（不足三个得分时直接平均）。',
    en: 'Aggregate: mean after dropping the highest and the lowest score (plain mean below three scores).',
  },
  'appraisal.summary.method.weighted': {
    zh: '汇总方式：按评分组权重加权平均（{weights}；权重见第5行，缺评的组不计权重）。',
    en: 'Aggregate: weighted mean of groups ({weights}; weights in row 5, a group that did not score is left out).',
  },
  'appraisal.summary.bandsText': {
    zh: '等级：≥优秀线为优秀（设优秀比例时须在名额内），≥良好线为良好，≥合格线为合格，其余为不合格；不合格者启动退出机制。',
    en: 'Grades: ≥ excellent line is Excellent (within the quota, if set), ≥ good line Good, ≥ pass line Pass, else Fail; a Fail starts the exit procedure.',
  },

  'appraisal.summary.param.excellent': { zh: '优秀线', en: 'Excellent ≥' },
  'appraisal.summary.param.good': { zh: '良好线', en: 'Good ≥' },
  'appraisal.summary.param.pass': { zh: '合格线', en: 'Pass ≥' },
  'appraisal.summary.param.quota': { zh: '优秀比例%', en: 'Quota %' },
  'appraisal.summary.param.slots': { zh: '优秀名额', en: 'Excellent places' },
  'appraisal.summary.weight': { zh: '权重', en: 'Weight' },
  'appraisal.summary.exitList': {
    zh: '考核不合格名单（启动退出机制）',
    en: 'Failed: exit procedure',
  },

  // Settings sheet (评议设置).
  'appraisal.settings.title': { zh: '述职评议设置', en: 'Appraisal settings' },
  'appraisal.settings.note': {
    zh: '本表由学生会合规助手生成。等级线、优秀比例和权重可在“考核汇总”表第4、5行修改；最后一行供程序汇集评分时读取，请勿修改。',
    en: 'Generated by Union Compliance. Grade lines, quota and weights can be changed in rows 4 and 5 of the summary; the last row is read back when scores are collected: do not edit it.',
  },
  'appraisal.settings.template': { zh: '评分模板', en: 'Template' },
  'appraisal.settings.school': { zh: '学校', en: 'School' },
  'appraisal.settings.term': { zh: '学期', en: 'Term' },
  'appraisal.settings.scope': { zh: '参评范围', en: 'Who is appraised' },
  'appraisal.settings.layout': { zh: '评分表布局', en: 'Form layout' },
  'appraisal.settings.aggregate': { zh: '汇总方式', en: 'Aggregate' },
  'appraisal.settings.groups': { zh: '评分组及权重', en: 'Scorer groups and weights' },
  'appraisal.settings.dim.name': { zh: '评分维度', en: 'Dimension' },
  'appraisal.settings.dim.max': { zh: '满分', en: 'Max' },
  'appraisal.settings.dim.weight': { zh: '权重', en: 'Weight' },
  'appraisal.settings.dim.description': { zh: '说明', en: 'Description' },
  'appraisal.settings.dim.evidence': { zh: '建议分依据', en: 'Suggested from' },
  'appraisal.settings.form.sheet': { zh: '评分表', en: 'Form sheet' },
  'appraisal.settings.form.group': { zh: '评分组', en: 'Scorer group' },
  'appraisal.settings.form.department': { zh: '部门', en: 'Department' },
  'appraisal.settings.form.count': { zh: '人数', en: 'Members' },
  'appraisal.settings.machine': { zh: '程序读取（请勿修改）', en: 'For the program (do not edit)' },

  // Suggested scores (建议分依据).
  'appraisal.evidence.title': { zh: '建议分依据', en: 'Evidence for suggested scores' },
  'appraisal.evidence.note': {
    zh: '评分表中浅黄底色的分数是建议分：学习类维度依据本专业成绩排名，纪律作风依据签到考勤。建议分仅供参考，评议会可直接改写。',
    en: 'Pale yellow scores on the forms are suggestions: the study dimension from the rank in the major, discipline from attendance. The panel may overwrite them.',
  },
  'appraisal.evidence.col.name': { zh: '姓名', en: 'Name' },
  'appraisal.evidence.col.studentId': { zh: '学号', en: 'Student ID' },
  'appraisal.evidence.col.department': { zh: '部门', en: 'Department' },
  'appraisal.evidence.col.dimension': { zh: '评分维度', en: 'Dimension' },
  'appraisal.evidence.col.points': { zh: '建议分', en: 'Suggested' },
  'appraisal.evidence.col.basis': { zh: '依据', en: 'Evidence' },
  'appraisal.basis.rank': {
    zh: '本专业成绩排名 {rank}/{cohort}（前 {percent}%）',
    en: 'Rank {rank} of {cohort} in the major (top {percent}%)',
  },
  'appraisal.basis.rankPercent': { zh: '成绩排名前 {percent}%', en: 'Top {percent}% by grades' },
  'appraisal.basis.attendance': {
    zh: '签到 {attended}/{required} 次（出勤率 {percent}%）',
    en: 'Attended {attended} of {required} ({percent}%)',
  },

  // Setting errors ({path} points into the template JSON or the flag).
  'appraisal.template.notObject': {
    zh: '评分模板必须是一个 JSON 对象，含 name 和 dimensions。',
    en: 'The template must be a JSON object with name and dimensions.',
  },
  'appraisal.template.unknownKey': {
    zh: '评分模板中有无法识别的字段 {path}（可用字段：name, dimensions；维度：name, max, weight, description, evidence）。',
    en: 'Unknown field {path} in the template (fields: name, dimensions; per dimension: name, max, weight, description, evidence).',
  },
  'appraisal.template.nameMissing': {
    zh: '评分模板缺少名称（name）。',
    en: 'The template has no name (name).',
  },
  'appraisal.template.nameInvalid': {
    zh: '评分模板的名称（name）须为文字，现为 {value}。',
    en: 'The template name (name) must be text; found {value}.',
  },
  'appraisal.template.dimensionsNotList': {
    zh: '评分模板的 dimensions 须为维度列表（[ ... ]），现为 {value}。',
    en: "The template's dimensions must be a list of dimensions ([ ... ]); found {value}.",
  },
  'appraisal.template.dimensionsMissing': {
    zh: '评分模板至少需要一个评分维度（dimensions）。',
    en: 'The template needs at least one dimension (dimensions).',
  },
  'appraisal.template.tooManyDimensions': {
    zh: '评分模板有 {count} 个维度，最多 {limit} 个。',
    en: 'The template has {count} dimensions; at most {limit} are allowed.',
  },
  'appraisal.template.dimNotObject': {
    zh: '{path} 必须是一个对象。',
    en: '{path} must be an object.',
  },
  'appraisal.template.dimNameMissing': {
    zh: '{path}：维度名称不能为空。',
    en: '{path}: the dimension needs a name.',
  },
  'appraisal.template.dimNameReserved': {
    zh: '{path}：维度名称“{name}”与表格固定列名相同，请换一个名称。',
    en: '{path}: the dimension name "{name}" is a fixed column name; choose another.',
  },
  'appraisal.template.dimNameDuplicate': {
    zh: '{path}：维度名称“{name}”重复。',
    en: '{path}: the dimension name "{name}" is used twice.',
  },
  'appraisal.template.maxInvalid': {
    zh: '{path}：满分须为大于 0、不超过 {limit} 的数字，现为 {value}。',
    en: '{path}: the maximum must be a number above 0 and at most {limit}; found {value}.',
  },
  'appraisal.template.weightInvalid': {
    zh: '{path}：权重须为正数，现为 {value}。',
    en: '{path}: the weight must be a positive number; found {value}.',
  },
  'appraisal.template.weightPartial': {
    zh: '评分模板中只有部分维度设置了权重：要么都设，要么都不设。',
    en: 'Only some dimensions have a weight: give every dimension one, or none.',
  },
  'appraisal.template.descriptionInvalid': {
    zh: '{path}：说明须为文字。',
    en: '{path}: the description must be text.',
  },
  'appraisal.template.evidenceInvalid': {
    zh: '{path}：建议分依据只能是 academic（成绩排名）或 attendance（签到考勤），现为 {value}。',
    en: '{path}: evidence must be academic or attendance; found {value}.',
  },
  'appraisal.template.evidenceDuplicate': {
    zh: '评分模板中有多个维度以 {evidence} 作为建议分依据，只能有一个。',
    en: 'More than one dimension uses {evidence} as evidence; only one may.',
  },
  'appraisal.template.unknownName': {
    zh: '没有名为“{name}”的评分模板，也找不到这个模板文件。内置模板：{names}。',
    en: 'No template named "{name}" and no such template file. Built-in templates: {names}.',
  },
  'appraisal.template.badJson': {
    zh: '模板文件 {file} 不是有效的 JSON：',
    en: 'The template file {file} is not valid JSON:',
  },
  'appraisal.groups.empty': {
    zh: '至少需要一个评分组。',
    en: 'At least one scorer group is needed.',
  },
  'appraisal.groups.tooMany': {
    zh: '评分组有 {count} 个，最多 {limit} 个。',
    en: 'There are {count} scorer groups; at most {limit} are allowed.',
  },
  'appraisal.groups.nameMissing': {
    zh: '{path}：评分组名称不能为空。',
    en: '{path}: the scorer group needs a name.',
  },
  'appraisal.groups.nameReserved': {
    zh: '{path}：评分组名称“{name}”与汇总表固定列名相同，请换一个名称。',
    en: '{path}: the group name "{name}" is a fixed column name; choose another.',
  },
  'appraisal.groups.nameDuplicate': {
    zh: '{path}：评分组名称“{name}”重复。',
    en: '{path}: the group name "{name}" is used twice.',
  },
  'appraisal.groups.weightInvalid': {
    zh: '{path}：评分组“{name}”的权重须为正数，现为 {value}。',
    en: '{path}: the weight of group "{name}" must be a positive number; found {value}.',
  },
  'appraisal.groups.weightPartial': {
    zh: '只有部分评分组设置了权重：要么都设，要么都不设（例如 学生代表:30,团委:20,学工部:30,自评:20）。',
    en: 'Only some groups have a weight: give every group one, or none (e.g. 学生代表:30,团委:20,学工部:30,自评:20).',
  },
  'appraisal.aggregate.needsWeights': {
    zh: '按权重汇总（weighted）需要为每个评分组设置权重，例如 --groups "学生代表:30,团委:20,学工部:30,自评:20"。',
    en: 'The weighted aggregate needs a weight for every group, e.g. --groups "学生代表:30,团委:20,学工部:30,自评:20".',
  },
  'appraisal.aggregate.unknown': {
    zh: '汇总方式只能是 mean、trimmed 或 weighted，现为 {value}。',
    en: 'The aggregate must be mean, trimmed or weighted; found {value}.',
  },
  'appraisal.bands.count': {
    zh: '等级线须为三个数字：优秀线,良好线,合格线（例如 85,70,60），现为 {value}。',
    en: 'Grade lines must be three numbers: excellent,good,pass (e.g. 85,70,60); found {value}.',
  },
  'appraisal.bands.range': {
    zh: '等级线须在 0 至 100 之间，现为 {value}。',
    en: 'Grade lines must lie between 0 and 100; found {value}.',
  },
  'appraisal.bands.order': {
    zh: '等级线须从高到低：优秀线 > 良好线 > 合格线，现为 {value}。',
    en: 'Grade lines must descend: excellent > good > pass; found {value}.',
  },
  'appraisal.quota.invalid': {
    zh: '优秀比例上限须为 0 至 100 之间的百分数（例如 30），现为 {value}。',
    en: 'The excellent quota must be a percentage above 0 and at most 100 (e.g. 30); found {value}.',
  },

  // Collecting filled copies ({file}, {sheet}, {cell} say where).
  'appraisal.sheet.issues': { zh: '汇集问题', en: 'Collect problems' },
  'appraisal.issues.title': {
    zh: '汇集评分时发现的问题',
    en: 'Problems found while collecting scores',
  },
  'appraisal.issues.file': { zh: '文件', en: 'File' },
  'appraisal.issues.sheet': { zh: '工作表', en: 'Sheet' },
  'appraisal.issues.cell': { zh: '单元格', en: 'Cell' },
  'appraisal.issues.problem': { zh: '问题', en: 'Problem' },
  'appraisal.pool.title': {
    zh: '{group}：各份评分表的总分',
    en: '{group}: totals from each filled copy',
  },
  'appraisal.pool.note.mean': {
    zh: '第 k 列是该成员所在部门交回的第 k 份评分表的总分；组内得分为各份的平均分。',
    en: "Column k holds the total from the k-th copy returned for the member's department; the group score is their mean.",
  },
  'appraisal.pool.note.trimmed': {
    zh: '第 k 列是该成员所在部门交回的第 k 份评分表的总分；组内得分去掉一个最高分和一个最低分后取平均。',
    en: "Column k holds the total from the k-th copy returned for the member's department; the group score drops the highest and lowest, then averages.",
  },
  'appraisal.pool.scorer': { zh: '评分{n}', en: 'Copy {n}' },
  'appraisal.pool.groupScore': { zh: '组内得分', en: 'Group score' },
  'appraisal.collect.noConfig': {
    zh: '所给文件中没有“评议设置”表。请汇集由本工具 appraisal 命令生成、由评分人填好的评分表。',
    en: 'None of the files has the appraisal settings sheet. Collect copies of forms generated by the appraisal command.',
  },
  'appraisal.collect.configBroken': {
    zh: '工作表 {sheet} 最后一行的设置内容已损坏，无法读取；请使用原始生成的工作簿。',
    en: 'The settings in the last row of sheet {sheet} are damaged; use the workbook as generated.',
  },
  'appraisal.collect.noForms': {
    zh: '所给文件中没有找到评分表（含 姓名、学号、各评分维度和 总分 列的表格）。',
    en: 'No scoring form (a table with name, student ID, the dimensions and total) was found in the files.',
  },
  'appraisal.collect.headerMissing': {
    zh: '{file} 的工作表 {sheet}：找不到评分表的表头行（姓名、学号……总分），该表未汇集。',
    en: "{file}, sheet {sheet}: the form's header row (name, student ID ... total) is missing; the sheet was not collected.",
  },
  'appraisal.collect.dimMissing': {
    zh: '{file} 的工作表 {sheet}：缺少评分维度列 {dimensions}，该表未汇集。',
    en: '{file}, sheet {sheet}: dimension columns {dimensions} are missing; the sheet was not collected.',
  },
  'appraisal.collect.noGroup': {
    zh: '{file} 的工作表 {sheet}：看不出是哪个评分组填写的（表上方应有“评分组：…”），该表未汇集。',
    en: '{file}, sheet {sheet}: the scorer group is not stated (a "Scorer group: ..." line above the table); the sheet was not collected.',
  },
  'appraisal.collect.unknownGroup': {
    zh: '{file} 的工作表 {sheet}：评分组“{group}”不在评议设置中，该表未汇集。',
    en: '{file}, sheet {sheet}: scorer group "{group}" is not in the appraisal settings; the sheet was not collected.',
  },
  'appraisal.collect.missingScore': {
    zh: '{file} 的工作表 {sheet} 单元格 {cell}：{name} 的“{dimension}”未评分。',
    en: '{file}, sheet {sheet}, cell {cell}: no score for {name} on {dimension}.',
  },
  'appraisal.collect.outOfRange': {
    zh: '{file} 的工作表 {sheet} 单元格 {cell}：{name} 的“{dimension}”为 {value}，超出 0 至 {max} 分。',
    en: '{file}, sheet {sheet}, cell {cell}: {name} scored {value} on {dimension}, outside 0 to {max}.',
  },
  'appraisal.collect.notNumber': {
    zh: '{file} 的工作表 {sheet} 单元格 {cell}：{name} 的“{dimension}”填的是“{value}”，不是分数。',
    en: '{file}, sheet {sheet}, cell {cell}: {name} has "{value}" on {dimension}, not a score.',
  },
  'appraisal.collect.textNumber': {
    zh: '{file} 的工作表 {sheet} 单元格 {cell}：{name} 的“{dimension}”以文字形式填写，已按数字 {value} 汇集。',
    en: "{file}, sheet {sheet}, cell {cell}: {name}'s {dimension} was typed as text; collected as the number {value}.",
  },
  'appraisal.collect.duplicateMember': {
    zh: '{file} 的工作表 {sheet} 第 {row} 行：{name} 在同一张评分表上出现两次，只汇集第一次。',
    en: '{file}, sheet {sheet}, row {row}: {name} appears twice on one form; only the first row is collected.',
  },
  'appraisal.collect.memberMissing': {
    zh: '{file} 的工作表 {sheet}：缺少 {name}（{studentId}）这一行，该评分人对其未评分。',
    en: '{file}, sheet {sheet}: the row for {name} ({studentId}) is missing; this scorer did not score them.',
  },
  'appraisal.collect.noCopy': {
    zh: '评分组“{group}”对“{department}”的评分表（{sheet}）没有交回。',
    en: 'No filled copy came back from group "{group}" for "{department}" (sheet {sheet}).',
  },

  'appraisal.unclassified': {
    zh: '有 {count} 名成员的职务无法识别，未列入评议（仅评议主席团和部门负责人）：{names}。请核对职务，或改为评议全体成员。',
    en: '{count} members have titles the product does not recognise and were left out (only the presidium and heads are appraised): {names}. Check the titles, or appraise all members.',
  },
  'appraisal.noMembers': {
    zh: '没有可评议的成员：名单中找不到主席团成员或部门负责人。可改为评议全体成员（--scope all）。',
    en: 'Nobody to appraise: the roster has no presidium member or department head. Try appraising all members (--scope all).',
  },

  // Command line.
  'appraisal.cli.usage': {
    zh: `union-compliance appraisal <名单工作簿...> [选项]
  --out 文件.xlsx            输出文件（默认：第一个输入文件名-述职评议.xlsx）
  --template 模板            national（001：政治态度、道德品行、学习情况、工作成效、纪律作风，默认）、hnjt-2021（004），或自定义模板 JSON 文件
  --scope leaders|all        评议主席团和部门负责人（默认）或全体成员
  --layout per-department|single  每个部门一张评分表（默认）或全部一张
  --groups "学生代表:30,团委:20,学工部:30,自评:20"  评分组及权重（每组一份评分表）
  --aggregate mean|trimmed|weighted  汇总方式：平均、去掉最高最低后平均、按组加权
  --bands 85,70,60           优秀、良好、合格分数线
  --quota 30                 优秀比例上限（%）
  --term 2025-2026-1  --school 学校名称  --preset 方案  --policy 政策.json  --lang zh|en
union-compliance appraisal collect <已填写的评分表...> [--out 汇总.xlsx]
退出码：0 完成；1 已汇总但有缺评或超出范围的分数；2 输入或设置有误。`,
    en: `union-compliance appraisal <roster workbook...> [options]
  --out file.xlsx            output (default: first input name-appraisal.xlsx)
  --template NAME            national (seed 001, default), hnjt-2021 (seed 004), or your own template JSON file
  --scope leaders|all        presidium and department heads (default) or all members
  --layout per-department|single  one form per department (default) or one for everyone
  --groups "学生代表:30,团委:20,学工部:30,自评:20"  scorer groups and weights (one form copy each)
  --aggregate mean|trimmed|weighted  mean, mean without highest and lowest, or weighted groups
  --bands 85,70,60           excellent, good and pass lines
  --quota 30                 cap on the share of Excellent (%)
  --term 2025-2026-1  --school NAME  --preset NAME  --policy policy.json  --lang zh|en
union-compliance appraisal collect <filled forms...> [--out summary.xlsx]
Exit codes: 0 done; 1 written, but scores are missing or out of range; 2 input or setting problem.`,
  },
  'appraisal.cli.badChoice': {
    zh: '{option} 的值“{value}”无效，可选：{allowed}。',
    en: 'Invalid value "{value}" for {option}; choose one of {allowed}.',
  },
  'appraisal.cli.settingsProblem': {
    zh: '评议设置有误：',
    en: 'The appraisal settings have problems:',
  },
  'appraisal.cli.generated': {
    zh: '已生成 {forms} 张评分表（{members} 名成员，{groups} 个评分组）和考核汇总表：{file}',
    en: 'Wrote {forms} scoring forms ({members} members, {groups} scorer groups) and the summary: {file}',
  },
  'appraisal.cli.collected': {
    zh: '已汇集 {copies} 份评分表（{members} 名成员），发现 {issues} 个问题；汇总表已写入：{file}',
    en: 'Collected {copies} filled forms ({members} members) with {issues} problems; summary written to {file}',
  },

  'appraisal.cli.inputWarnings': {
    zh: '读取工作簿时有 {count} 条提示（不影响生成评分表）；用 check 命令可逐条查看。',
    en: 'Reading the workbook gave {count} warnings (the forms are not affected); the check command lists them.',
  },

  'appraisal.cli.noFormsGiven': {
    zh: '请给出评分人填好的评分表，例如：union-compliance appraisal collect 评分表-学生代表.xlsx 评分表-团委.xlsx --out 考核汇总.xlsx',
    en: 'Name the filled scoring forms, e.g. union-compliance appraisal collect forms-students.xlsx forms-league.xlsx --out summary.xlsx',
  },
  'appraisal.cli.noRosterGiven': {
    zh: '请给出学生会名单工作簿，例如：union-compliance appraisal 学生会名单.xlsx 成绩.xlsx --out 评分表.xlsx（详见 appraisal --help）',
    en: 'Name the union roster workbook, e.g. union-compliance appraisal roster.xlsx grades.xlsx --out forms.xlsx (see appraisal --help)',
  },
  'appraisal.collect.fileNotForm': {
    zh: '{file} 不是本工具生成的评分表（其中没有本工具生成的评分表或评议设置），未汇集。',
    en: '{file} is not a scoring form made by this product (it holds no form or settings the product generated); it was not collected.',
  },
  'appraisal.collect.sheetNotForm': {
    zh: '{file} 的工作表 {sheet} 不是本工具生成的评分表，未汇集。',
    en: '{file}, sheet {sheet}: not a scoring form made by this product; it was not collected.',
  },
  'appraisal.collect.otherGeneration': {
    zh: '{file} 中的评分表是按另一份名单或另一学期生成的，与本次评分表不是同一批，未汇集。请只汇集同一次生成的评分表。',
    en: '{file} holds forms generated from another roster or for another term, not the same batch as these forms; it was not collected. Collect only forms generated together.',
  },
  'appraisal.collect.otherGenerationSheet': {
    zh: '{file} 的工作表 {sheet} 是按另一份名单或另一学期生成的评分表，与本次评分表不是同一批，未汇集。',
    en: '{file}, sheet {sheet}: a form generated from another roster or for another term, not the same batch as these forms; it was not collected.',
  },
  'appraisal.collect.notOnRoster': {
    zh: '{file} 的工作表 {sheet} 第 {row} 行：{name}（{studentId}）不在生成评分表时的名单上（可能是评分人添加或改动了这一行），未汇集。',
    en: '{file}, sheet {sheet}, row {row}: {name} ({studentId}) is not on the roster the forms were generated from (a scorer may have added or edited the row); it was not collected.',
  },
  'appraisal.collect.nameChanged': {
    zh: '{file} 的工作表 {sheet} 第 {row} 行：学号 {studentId} 在名单上是 {rosterName}，表上写的是 {name}；按学号汇集到 {rosterName}。',
    en: '{file}, sheet {sheet}, row {row}: student ID {studentId} is {rosterName} on the roster but reads {name} here; collected for {rosterName} by student ID.',
  },
  'appraisal.collect.nothingFilled': {
    zh: '找到 {count} 张评分表，但都还没有填写分数（建议分不算）。请在评分人填好后再汇集。',
    en: 'Found {count} scoring forms, but no scores have been typed yet (suggestions do not count). Collect once scorers have filled them.',
  },

  'appraisal.summary.signature': {
    zh: '评议会负责人（签字）：____________________        日期：______年____月____日',
    en: 'Review panel chair (signature): ____________________        Date: ____________',
  },
} satisfies MessageTable;
