import type { MessageTable } from './types';

/** Messages of the `cli.*` area: the command line's own words (file I/O messages are `io.*`). */
export const CLI_MESSAGES = {
  'cli.usage': {
    zh: `学生会合规助手 union-compliance {version}

用法：
  union-compliance check <文件...> [--out 报告.xlsx] [--preset 方案] [--policy 政策.json] [--json]
      检查名单、成绩、处分等表格（可分多个 .xlsx/.csv 文件），输出检查报告。
  union-compliance appraisal <名单工作簿.xlsx> [--out 评分表.xlsx] [--template 模板]
      生成述职评议评分表和汇总表（详见 union-compliance appraisal --help）。
  union-compliance appraisal collect <已填写的评分表...> [--out 汇总.xlsx]
      汇总各评分人填写的评分表。
  union-compliance web [--no-open]
      在本机浏览器中打开网页版（只在本机访问，文件不会上传）。

通用选项：
  --lang zh|en   提示语言（默认按环境变量 LANG：en 开头用英文，否则用中文）
  --quiet, -q    只输出错误信息（结果看退出码）；与 --json 同用时只输出 JSON
  --help, -h     显示本说明
  --version      显示版本
在终端中读取较大的文件时，标准错误输出上会显示进度条（--quiet 时不显示）。

方案（--preset）：national-school（默认，全国·校级）、national-college（全国·院级）、hnjt-2021、zhongzhi（中职）
退出码：0 未发现问题；1 发现问题；2 输入有误（会说明哪个工作表、哪一行、哪一列）。`,
    en: `Union Compliance (union-compliance) {version}

Usage:
  union-compliance check <files...> [--out report.xlsx] [--preset NAME] [--policy policy.json] [--json]
      Check the roster, grades, discipline sheets (in one or several .xlsx/.csv files) and write a report.
  union-compliance appraisal <roster.xlsx> [--out forms.xlsx] [--template NAME]
      Generate the term appraisal scoring sheets and summary (see union-compliance appraisal --help).
  union-compliance appraisal collect <filled forms...> [--out summary.xlsx]
      Gather filled scoring sheets into the summary.
  union-compliance web [--no-open]
      Open the web page in this computer's browser (served on this computer only; nothing is uploaded).

Options for every command:
  --lang zh|en   language of the messages (default from LANG: English when it starts with "en", else Chinese)
  --quiet, -q    print errors only (the exit code tells the result); with --json, only the JSON
  --help, -h     show this help
  --version      show the version
Reading a large file on a terminal shows a progress bar on standard error (not with --quiet).

Presets (--preset): national-school (default), national-college, hnjt-2021, zhongzhi
Exit codes: 0 no findings; 1 findings; 2 input problem (the message names the sheet, row and column).`,
  },
  'cli.progress.reading': { zh: '正在读取 {file}', en: 'Reading {file}' },
  'cli.progress.readingMany': { zh: '正在读取 {count} 个文件', en: 'Reading {count} files' },
  'cli.unknownCommand': {
    zh: '不认识的命令「{command}」。可用命令：check、appraisal、web。运行 union-compliance --help 查看用法。',
    en: 'Unknown command "{command}". Commands: check, appraisal, web. Run union-compliance --help for usage.',
  },
  'cli.unknownOption': {
    zh: '不认识的选项「{option}」。运行 union-compliance --help 查看用法。',
    en: 'Unknown option "{option}". Run union-compliance --help for usage.',
  },
  'cli.missingValue': {
    zh: '选项 {option} 后面需要一个值。',
    en: 'Option {option} needs a value.',
  },
  'cli.noFiles': {
    zh: '请给出要检查的文件，例如：union-compliance check 学生会名单.xlsx 成绩.xlsx',
    en: 'Name the files to check, e.g. union-compliance check roster.xlsx grades.xlsx',
  },
  'cli.unknownPreset': {
    zh: '没有名为「{preset}」的方案。可用：{presets}',
    en: 'No preset named "{preset}". Available: {presets}',
  },
  'cli.badLang': { zh: '--lang 只能是 zh 或 en。', en: '--lang must be zh or en.' },
  'cli.policyFile': {
    zh: '政策文件「{file}」有误：',
    en: 'Policy file "{file}" has problems:',
  },
  'cli.policyJson': {
    zh: '政策文件「{file}」不是有效的 JSON：',
    en: 'Policy file "{file}" is not valid JSON:',
  },
  'cli.inputProblem': { zh: '输入有误：', en: 'Input problem:' },
  'cli.header': {
    zh: '学生会合规检查 · {preset} · 参考学期 {term}',
    en: 'Student union compliance check · {preset} · reference term {term}',
  },
  'cli.counts': {
    zh: '检查成员 {checked} 人：符合条件 {eligible}，不符合条件 {ineligible}，待核实 {pending}',
    en: 'Members checked: {checked}; eligible {eligible}, ineligible {ineligible}, needs checking {pending}',
  },
  'cli.section.ineligible': { zh: '不符合条件的成员', en: 'Ineligible members' },
  'cli.section.pending': { zh: '待核实的成员', en: 'Members that need checking' },
  'cli.section.structure': { zh: '部门与整体结构', en: 'Departments and structure' },
  'cli.section.skipped': { zh: '未检查的规则', en: 'Rules not checked' },
  'cli.section.issues': { zh: '数据提示', en: 'Data notes' },
  'cli.member': {
    zh: '{name}（{studentId}）{department} {title}',
    en: '{name} ({studentId}) {department} {title}',
  },
  'cli.noFindings': { zh: '未发现问题。', en: 'No findings.' },
  'cli.reportWritten': { zh: '报告已写入：{file}', en: 'Report written to: {file}' },
  'cli.more': { zh: '……另有 {count} 条，见报告。', en: '… {count} more, see the report.' },
  'cli.internal': {
    zh: '程序内部错误：{detail}。这不是您的数据问题，请把这条信息告诉维护人员。',
    en: 'Internal error: {detail}. This is not a problem with your data; please report it.',
  },
} satisfies MessageTable;
