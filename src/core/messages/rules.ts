import type { MessageTable } from './types';

/** Policy-file problems (`rule.policy.*`): every message names the field's path. */
const POLICY: MessageTable = {
  'rule.policy.invalidJson': {
    zh: '规则文件不是有效的 JSON：{detail}',
    en: 'The policy file is not valid JSON: {detail}',
  },
  'rule.policy.unknownKey': {
    zh: '{path}：不认识的设置项“{key}”（可用：{known}）',
    en: '{path}: unknown setting "{key}" (known: {known})',
  },
  'rule.policy.expected.boolean': {
    zh: '{path}：应为 true 或 false，实际为 {received}',
    en: '{path}: expected true or false, got {received}',
  },
  'rule.policy.expected.number': {
    zh: '{path}：应为数字，实际为 {received}',
    en: '{path}: expected a number, got {received}',
  },
  'rule.policy.expected.integer': {
    zh: '{path}：应为整数，实际为 {received}',
    en: '{path}: expected a whole number, got {received}',
  },
  'rule.policy.expected.string': {
    zh: '{path}：应为文字，实际为 {received}',
    en: '{path}: expected text, got {received}',
  },
  'rule.policy.expected.list': {
    zh: '{path}：应为列表 [...]，实际为 {received}',
    en: '{path}: expected a list [...], got {received}',
  },
  'rule.policy.expected.map': {
    zh: '{path}：应为“名称: 数值”的对象 {...}，实际为 {received}',
    en: '{path}: expected an object of name: number {...}, got {received}',
  },
  'rule.policy.expected.object': {
    zh: '{path}：应为对象 {...}，实际为 {received}',
    en: '{path}: expected an object {...}, got {received}',
  },
  'rule.policy.tooSmall': {
    zh: '{path}：{value} 太小，不能小于 {min}',
    en: '{path}: {value} is too small, the minimum is {min}',
  },
  'rule.policy.tooLarge': {
    zh: '{path}：{value} 太大，不能大于 {max}',
    en: '{path}: {value} is too large, the maximum is {max}',
  },
  'rule.policy.notAllowed': {
    zh: '{path}：“{value}”不是可选值（可选：{allowed}）',
    en: '{path}: "{value}" is not one of the choices ({allowed})',
  },
  'rule.policy.badPattern': {
    zh: '{path}：“{value}”格式不对，应形如 {example}',
    en: '{path}: "{value}" is not in the expected form, e.g. {example}',
  },
  'rule.policy.empty': {
    zh: '{path}：不能为空',
    en: '{path}: must not be empty',
  },
  'rule.policy.minAboveMax': {
    zh: '{path}：下限 {min} 大于上限 {max}',
    en: '{path}: the minimum {min} is above the maximum {max}',
  },
};

/** Short rule titles (`rule.<code>.title`), for headings, filters and the report's rule column. */
const TITLES: MessageTable = {
  'rule.political.title': { zh: '政治面貌', en: 'Political status' },
  'rule.rank.title': { zh: '成绩排名', en: 'Academic rank' },
  'rule.failed.title': { zh: '课业不及格', en: 'Failed courses' },
  'rule.discipline.title': { zh: '违纪处分', en: 'Disciplinary sanctions' },
  'rule.freshman.title': { zh: '新生免排名', en: 'Freshman exemption' },
  'rule.staff-total.title': { zh: '工作人员总数', en: 'Total staff' },
  'rule.presidium.title': { zh: '主席团人数', en: 'Presidium size' },
  'rule.departments.title': { zh: '工作部门设置', en: 'Work departments' },
  'rule.dept-heads.title': { zh: '部门负责人人数', en: 'Department heads' },
  'rule.dept-staff.title': { zh: '部门成员人数', en: 'Department members' },
  'rule.titles.title': { zh: '职务设置', en: 'Titles' },
  'rule.from-colleges.title': { zh: '来自院级学生会比例', en: 'Share from college unions' },
  'rule.core-ratio.title': { zh: '骨干成员比例', en: 'Core-member ratio' },
  'rule.congress.title': { zh: '学生代表大会代表', en: 'Student congress delegates' },
};

/** Why a rule did not run (`rule.skip.*`). */
const SKIPS: MessageTable = {
  'rule.skip.noGrades': {
    zh: '未找到成绩表，无法检查',
    en: 'No grade sheet was found, so this could not be checked',
  },
  'rule.skip.noDiscipline': {
    zh: '未找到处分名单，无法检查违纪情况（没有名单不等于没有处分）',
    en: 'No discipline register was found; without one, no member can be cleared',
  },
  'rule.skip.noReferenceTerm': {
    zh: '无法确定参考学期（成绩表无学期，规则中也未设置），无法判断谁是一年级新生',
    en: 'No reference term (none in the grades or the policy), so first-year students cannot be told apart',
  },
  'rule.skip.noPoliticalColumn': {
    zh: '名单中没有“政治面貌”列，无法检查',
    en: 'The roster has no 政治面貌 (political status) column',
  },
  'rule.skip.noDepartmentColumn': {
    zh: '名单中没有“部门”列，无法检查部门设置',
    en: 'The roster has no 部门 (department) column',
  },
  'rule.skip.noTitleColumn': {
    zh: '名单中没有“职务”列，无法检查',
    en: 'The roster has no 职务 (title) column',
  },
  'rule.skip.noLimit': {
    zh: '规则已启用但未设置限额，请在设置中填写',
    en: 'The rule is on but has no limit set; fill one in the settings',
  },
  'rule.skip.schoolLevelOnly': {
    zh: '此规则只适用于校级学生会',
    en: 'This rule applies to a school-level union only',
  },
  'rule.skip.noCollegeUnionData': {
    zh: '名单中没有“院学生会职务”列，也没有院级学生会名单，无法统计来自院级学生会的比例',
    en: 'Neither a college-union role column nor a college-level roster was found',
  },
  'rule.skip.noStudentsServed': {
    zh: '未设置“联系服务学生人数”，无法计算比例',
    en: 'The number of students served is not set, so the ratio cannot be computed',
  },
  'rule.skip.noDelegates': {
    zh: '未找到学代会代表名单，无法检查',
    en: 'No student congress delegate list was found',
  },
  'rule.skip.congressNoStudentsServed': {
    zh: '未设置“联系服务学生人数”，代表名额是否达到 1% 未检查（其余各项已检查）',
    en: 'The number of students served is not set: the delegate quota was not checked (the other parts were)',
  },
};

/** Member eligibility (DOMAIN.md §1). */
const MEMBER: MessageTable = {
  'rule.political.missing': {
    zh: '未填写政治面貌，待核实',
    en: 'No political status given; needs checking',
  },
  'rule.political.unknown': {
    zh: '政治面貌“{value}”无法识别，待核实',
    en: 'Political status “{value}” is not recognised; needs checking',
  },
  'rule.political.notAllowed': {
    zh: '政治面貌为“{value}”，学生会工作人员应为中共党员（含预备党员）或共青团员',
    en: 'Political status is “{value}”; union staff must be Party members (incl. probationary) or League members',
  },
  'rule.rank.outside': {
    zh: '综合排名 {rank}/{cohortSize}（{percent}%），不在本专业前 {topPercent}%（前 {limitRank} 名）；由成绩表计算：学分加权平均 {averageShown}，排名范围 {cohort} 共 {cohortSize} 人',
    en: 'Rank {rank} of {cohortSize} ({percent}%) is outside the top {topPercent}% of the major (top {limitRank}); computed from the grade sheets: credit-weighted average {averageShown}, cohort {cohort} of {cohortSize} students',
  },
  'rule.rank.outsidePercent': {
    zh: '学校综合排名位于前 {percent}%，不在本专业前 {topPercent}%；排名取自学校的综合排名列',
    en: 'The school’s own rank is in the top {percent}%, outside the top {topPercent}% of the major; taken from the school’s 综合排名 column',
  },
  'rule.rank.noGradeRows': {
    zh: '成绩表中找不到该生（学号 {studentId}）的成绩，无法计算排名，待核实',
    en: 'No grade rows for student {studentId}, so no rank can be computed; needs checking',
  },
  'rule.rank.notComputable': {
    zh: '无法计算该生的排名，待核实',
    en: 'The student’s rank cannot be computed; needs checking',
  },
  'rule.freshman.exempt': {
    zh: '{entryYear} 级新生（参考学期 {referenceTerm}），不参加成绩排名检查',
    en: 'First-year student (entry {entryYear}, reference term {referenceTerm}): exempt from the rank check',
  },
  'rule.failed.failed': {
    zh: '有 {count} 门课程不及格：{courses}',
    en: '{count} failed course(s): {courses}',
  },
  'rule.failed.passedLater': {
    zh: '有 {count} 门课程首次考试不及格（已通过补考或重修，严格模式仍计入）：{courses}',
    en: '{count} course(s) failed at the first attempt (passed later by make-up or retake; strict mode still counts them): {courses}',
  },
  'rule.failed.noGradeRows': {
    zh: '成绩表中找不到该生（学号 {studentId}）的成绩，无法确认有无不及格，待核实',
    en: 'No grade rows for student {studentId}, so failed courses cannot be ruled out; needs checking',
  },
  'rule.discipline.sanctioned': {
    zh: '受到{sanction}处分（{when}）',
    en: 'Disciplinary sanction: {sanction} ({when})',
  },
  'rule.discipline.sanctionedByName': {
    zh: '受到{sanction}处分（{when}）；处分名单无学号，按姓名匹配，请核对是否同一人',
    en: 'Disciplinary sanction: {sanction} ({when}); the register has no student ID, matched by name: check it is the same person',
  },
  'rule.discipline.unknownSanction': {
    zh: '处分名单中的处分“{raw}”无法识别，待核实',
    en: 'Sanction “{raw}” in the discipline register is not recognised; needs checking',
  },
  'rule.discipline.ambiguousName': {
    zh: '处分名单中有同名学生的{sanction}处分（无学号），名单中同名者不止一人，待核实',
    en: 'The register lists a {sanction} for someone of this name (no student ID), and several members share it; needs checking',
  },
  'rule.discipline.noReferenceTerm': {
    zh: '有{sanction}处分记录（{when}），但无法确定参考学期，不能判断是否在考察期内，待核实',
    en: 'A {sanction} is on record ({when}) but there is no reference term to place it in the window; needs checking',
  },
  'rule.discipline.undated': {
    zh: '有{sanction}处分记录但没有日期，不能判断是否在考察期内，待核实',
    en: 'A {sanction} is on record without a date, so it cannot be placed in the window; needs checking',
  },
  'rule.discipline.sanctionedLifted': {
    zh: '受到{sanction}处分（{when}），已于 {liftedOn} 解除；按规则设置，已解除的处分仍计入',
    en: 'Disciplinary sanction: {sanction} ({when}), lifted on {liftedOn}; the policy counts lifted sanctions too',
  },
  'rule.discipline.sanctionedLiftedUndated': {
    zh: '受到{sanction}处分（{when}），已解除（名单未写解除日期）；按规则设置，已解除的处分仍计入',
    en: 'Disciplinary sanction: {sanction} ({when}), lifted (the register gives no date); the policy counts lifted sanctions too',
  },
  'rule.discipline.sanctionedLiftedByName': {
    zh: '受到{sanction}处分（{when}），已于 {liftedOn} 解除；按规则设置，已解除的处分仍计入。处分名单无学号，按姓名匹配，请核对是否同一人',
    en: 'Disciplinary sanction: {sanction} ({when}), lifted on {liftedOn}; the policy counts lifted sanctions too. The register has no student ID, matched by name: check it is the same person',
  },
  'rule.discipline.sanctionedLiftedUndatedByName': {
    zh: '受到{sanction}处分（{when}），已解除（名单未写解除日期）；按规则设置，已解除的处分仍计入。处分名单无学号，按姓名匹配，请核对是否同一人',
    en: 'Disciplinary sanction: {sanction} ({when}), lifted (the register gives no date); the policy counts lifted sanctions too. The register has no student ID, matched by name: check it is the same person',
  },
};

/** Structure limits (DOMAIN.md §2). */
const STRUCTURE: MessageTable = {
  'rule.titles.forbidden': {
    zh: '职务“{title}”按规定不应设置，原文：“{quote}”',
    en: 'Title “{title}” is not allowed; the policy text says: “{quote}”',
  },
  'rule.titles.unknown': {
    zh: '职务“{title}”无法识别，请核实其属于主席团、部门负责人还是部门成员',
    en: 'Title “{title}” is not recognised: check whether it is a presidium, head or member title',
  },
  'rule.titles.missing': {
    zh: '未填写职务，无法判断其岗位，待核实',
    en: 'No title given, so the member’s role is unknown; needs checking',
  },
  'rule.staff-total.over': {
    zh: '工作人员共 {count} 人，超过上限 {limit} 人（多 {excess} 人）',
    en: '{count} staff in total, above the limit of {limit} ({excess} too many)',
  },
  'rule.presidium.over': {
    zh: '主席团 {count} 人，超过上限 {limit} 人：{members}',
    en: 'The presidium has {count} members, above the limit of {limit}: {members}',
  },
  'rule.presidium.titleOver': {
    zh: '“{title}”有 {count} 人，上限 {limit} 人：{members}',
    en: '{count} hold the title “{title}”, above the limit of {limit}: {members}',
  },
  'rule.departments.over': {
    zh: '工作部门 {count} 个，超过上限 {limit} 个：{departments}',
    en: '{count} work departments, above the limit of {limit}: {departments}',
  },
  'rule.departments.notAllowed': {
    zh: '不应设置的部门“{department}”：不在规定设置的部门中（{allowed}）',
    en: 'Department “{department}” is not one of the departments the policy names ({allowed})',
  },
  'rule.dept-heads.tooFew': {
    zh: '“{department}”负责人 {count} 人，少于 {limit} 人',
    en: '“{department}” has {count} head(s), fewer than {limit}',
  },
  'rule.dept-heads.tooMany': {
    zh: '“{department}”负责人 {count} 人，超过 {limit} 人',
    en: '“{department}” has {count} heads, more than {limit}',
  },
  'rule.dept-staff.over': {
    zh: '“{department}”除负责人外有 {count} 名成员，超过 {limit} 人',
    en: '“{department}” has {count} members besides its heads, more than {limit}',
  },
  'rule.from-colleges.under': {
    zh: '来自院级学生会的工作人员 {count}/{total}（{percent}%），低于 {limit}%',
    en: '{count} of {total} staff ({percent}%) come from college unions, below {limit}%',
  },
  'rule.core-ratio.over': {
    zh: '骨干成员（主席团和部门负责人）{count} 人，占联系服务学生 {studentsServed} 人的 {percent}%，超过 {limit}%（至多 {limitCount} 人）',
    en: '{count} core members (presidium and heads) are {percent}% of the {studentsServed} students served, above {limit}% (at most {limitCount})',
  },
  'rule.congress.tooFewDelegates': {
    zh: '学代会代表 {count} 人，占联系服务学生 {studentsServed} 人的 {percent}%，低于 {limit}%（至少 {required} 人）',
    en: '{count} delegates are {percent}% of the {studentsServed} students served, below {limit}% (at least {required})',
  },
  'rule.congress.tooFewNonCadre': {
    zh: '非学生会骨干代表 {count}/{total}（{percent}%），低于 {limit}%',
    en: '{count} of {total} delegates ({percent}%) are not union cadres, below {limit}%',
  },
  'rule.congress.yearUnder': {
    zh: '{year} 级代表 {count}/{total}（{percent}%），低于 {limit}%',
    en: 'Year {year} has {count} of {total} delegates ({percent}%), below {limit}%',
  },
  'rule.congress.yearUnknown': {
    zh: '{count} 名代表的年级无法确定，未计入各年级比例，待核实：{names}',
    en: '{count} delegate(s) have no known year and are left out of the year shares; needs checking: {names}',
  },
  'rule.rank.outsideSchool': {
    zh: '学校综合排名 {rank}/{cohortSize}（{percent}%），不在本专业前 {topPercent}%（前 {limitRank} 名）；排名取自学校的综合排名列',
    en: 'The school’s own rank {rank} of {cohortSize} ({percent}%) is outside the top {topPercent}% of the major (top {limitRank}); taken from the school’s 综合排名 column',
  },
  'rule.departments.notAllowedQuoted': {
    zh: '不应设置的部门“{department}”（规定设置：{allowed}），原文：“{quote}”',
    en: 'Department “{department}” should not exist (the policy names {allowed}); the policy text says: “{quote}”',
  },
};

/** Messages of the `rule.*` area. */
export const RULE_MESSAGES: MessageTable = {
  ...TITLES,
  ...SKIPS,
  ...MEMBER,
  ...STRUCTURE,
  ...POLICY,
};
