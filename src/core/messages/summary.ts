import type { MessageTable } from './types';

/** The check's summary as every front door states it (`summary.*`, src/core/summary). */
export const SUMMARY_MESSAGES = {
  'summary.noGradeTable.rank': {
    zh: '没有找到成绩表，无法核对成绩排名，待核实',
    en: 'No grade sheet was found, so the rank could not be checked: needs checking',
  },
  'summary.noGradeTable.failed': {
    zh: '没有找到成绩表，无法确认有无不及格，待核实',
    en: 'No grade sheet was found, so failed courses could not be checked: needs checking',
  },
  'summary.skip.noGradeTable': {
    zh: '没有找到成绩表，所有成员此项列为待核实。已查看：{sheetsZh}；其中没有一张表同时有「学号」、课程（名称或代码）和「成绩」列，所以都没有当作成绩表读取。',
    en: 'No grade sheet was found, so every member needs checking on this rule. Sheets read: {sheetsEn}; none has a 学号 (student ID), a course (name or code) and a 成绩 (grade) column, so none was read as grades.',
  },
  'summary.noTableOnSheet': { zh: '未识别出表格', en: 'no table recognised' },
  'summary.window': {
    zh: '{rule}检查范围：{terms}（{window}）',
    en: '{rule}: terms checked {terms} ({window})',
  },
  'summary.window.noTerms': { zh: '成绩中没有学期', en: 'no term in the grades' },
  'summary.window.changeCli': {
    zh: '修改：在政策文件中设置 {paths}（last-term 最近一个学期 / last-year 最近一个学年 / since-entry 入学以来）',
    en: 'To change: set {paths} in a policy file (last-term / last-year / since-entry)',
  },
  'summary.window.changePane': {
    zh: '修改：设置 → 成员遴选条件 → {labels}',
    en: 'To change: Settings → Member eligibility → {labels}',
  },
  'summary.window.changeReport': {
    zh: '修改：任务窗格“设置 → 成员遴选条件 → {labels}”，或政策文件中的 {paths}',
    en: 'To change: the pane’s Settings → Member eligibility → {labels}, or {paths} in a policy file',
  },
  'summary.otherLevel': {
    zh: '另有 {count} 名{levelZh}学生会成员未检查：本次检查的是{checkedZh}学生会，名单「级别」列把他们标为{levelZh}。要检查他们，请另选{levelZh}方案（命令行 --preset {preset}）。',
    en: '{count} {levelEn} union members were not checked: this check is of the {checkedEn} union and the roster’s 级别 column marks them {levelEn}. To check them, choose a {levelEn} preset (command line: --preset {preset}).',
  },
  'summary.cli.structure': {
    zh: '工作人员 {staff} 人，主席团 {presidium} 人，工作部门 {departments} 个，人数不符合规定的部门 {over} 个',
    en: 'Staff {staff}, presidium {presidium}, departments {departments}, outside the limits {over}',
  },
  'summary.notes': { zh: '说明', en: 'Notes' },
  'summary.breaksLimits': { zh: '人数不符合规定的部门', en: 'Departments outside the limits' },
  'summary.legend.breaksLimits': {
    zh: '所在部门人数不符合规定',
    en: 'Department outside the limits',
  },
  'summary.dept.breaks': { zh: '人数不符合规定', en: 'Outside the limits' },
  'report.rank.exempt': { zh: '新生（免排名）', en: 'Freshmen (exempt)' },
} satisfies MessageTable;
