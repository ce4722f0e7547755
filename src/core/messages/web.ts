import type { MessageTable } from './types';

/** Messages of the browser page (`web.*`) and of `union-compliance web` (`cli.web.*`). */
export const WEB_MESSAGES = {
  'web.title': { zh: '学生会合规助手（网页版）', en: 'Union compliance (web page)' },
  'web.offline': {
    zh: '文件只在本机浏览器中读取和检查，不会上传到任何地方；网页不保存学生数据，只保存设置。',
    en: 'Files are read and checked in this browser only, never uploaded; the page keeps settings, never student data.',
  },
  'web.files.label': { zh: '选择文件', en: 'Choose files' },
  'web.files.hint': {
    zh: '一次选择或拖入所有文件：学生会名单、成绩导出、处分名单、学代会代表名单（.xlsx、.csv 等）。',
    en: 'Pick or drop all files at once: the union roster, grade exports, sanction and delegate lists (.xlsx, .csv, …).',
  },
  'web.files.drop': { zh: '把文件拖到这里', en: 'Drop files here' },
  'web.files.picked': { zh: '已选择的文件', en: 'Files picked' },
  'web.files.none': { zh: '还没有选择文件。', en: 'No files picked yet.' },
  'web.files.remove': { zh: '移除 {file}', en: 'Remove {file}' },
  'web.files.clear': { zh: '全部移除', en: 'Remove all' },
  'web.check.run': { zh: '检查', en: 'Check' },
  'web.check.hint': {
    zh: '选择文件后点击“检查”。结果显示在下方，也可以下载检查报告。',
    en: 'Pick the files, then click “Check”. The result appears below, and the report can be downloaded.',
  },
  'web.report.download': { zh: '下载检查报告 (.xlsx)', en: 'Download the report (.xlsx)' },
  'web.report.file': { zh: '检查报告.xlsx', en: 'check-report.xlsx' },
  'web.crash': {
    zh: '网页出错了：{detail}。请刷新网页后重试；如仍出错，请用命令行 union-compliance check。',
    en: 'The page failed: {detail}. Reload and try again; if it persists, use the command line union-compliance check.',
  },
  'web.settings.export': { zh: '导出设置 (policy.json)', en: 'Export settings (policy.json)' },
  'web.settings.exportHint': {
    zh: '导出的文件可用于命令行：union-compliance check 文件… --policy policy.json',
    en: 'The exported file works with the command line: union-compliance check files… --policy policy.json',
  },
  'web.settings.stored': {
    zh: '设置保存在本浏览器中（不含学生数据）。',
    en: 'Settings are kept in this browser (no student data).',
  },
  'web.appraisal.hint': {
    zh: '评分表由“检查”页选择的文件生成。评分人填好后，把填好的评分表一起选择，下载考核汇总。',
    en: 'The scoring forms are made from the files picked on the Check tab. When the scorers have filled them, pick the filled copies together and download the summary.',
  },
  'web.appraisal.generate': { zh: '生成并下载评分表', en: 'Make and download the scoring forms' },
  'web.appraisal.generated': {
    zh: '已生成 {forms} 张评分表（{members} 名被评议人），已下载 {file}。',
    en: '{forms} scoring forms for {members} people made; {file} downloaded.',
  },
  'web.appraisal.inputWarnings': {
    zh: '读取名单时有 {count} 条提示，可在“检查”页查看。',
    en: 'Reading the roster gave {count} notes; see them on the Check tab.',
  },
  'web.appraisal.filled': { zh: '选择填好的评分表', en: 'Choose the filled forms' },
  'web.appraisal.collected': {
    zh: '已汇总 {copies} 份评分表（{members} 名被评议人），已下载 {file}。',
    en: '{copies} filled copies for {members} people collected; {file} downloaded.',
  },
  'web.appraisal.filledHint': {
    zh: '一次选择或拖入评分人交回的所有评分表（也可以是同一个文件的多份副本）。',
    en: 'Pick or drop every filled form the scorers returned (copies of the same file are fine).',
  },
  'web.appraisal.formsFile': { zh: '述职评议.xlsx', en: 'appraisal.xlsx' },
  'web.appraisal.summaryFile': { zh: '考核汇总.xlsx', en: 'appraisal-summary.xlsx' },
  'web.appraisal.noFiles': {
    zh: '请先在“检查”页选择名单文件。',
    en: 'Pick the roster files on the Check tab first.',
  },
  'web.settings.loading': {
    zh: '正在读取本浏览器中的设置…',
    en: 'Loading the settings kept in this browser…',
  },
  'web.settings.saved': {
    zh: '设置已保存在本浏览器中。',
    en: 'Settings are saved in this browser.',
  },
  'web.settings.loadFailed': {
    zh: '无法读取本浏览器中保存的设置，暂用默认方案：{detail}',
    en: 'Could not load the settings kept in this browser; using the default preset: {detail}',
  },
  'web.settings.storedInvalid': {
    zh: '本浏览器中保存的设置有误，暂用默认方案：{detail}',
    en: 'The settings kept in this browser are invalid; using the default preset: {detail}',
  },
  'web.appraisal.loading': { zh: '正在读取考核评议设置…', en: 'Loading the appraisal settings…' },
  'web.appraisal.saved': {
    zh: '考核评议设置已保存在本浏览器中。',
    en: 'Appraisal settings are saved in this browser.',
  },
  'cli.web.serving': {
    zh: '网页版已启动：{url}\n（只在本机可访问；按 Ctrl+C 停止）',
    en: 'The web page is being served at {url}\n(this computer only; press Ctrl+C to stop)',
  },
  'cli.web.missing': {
    zh: '找不到网页文件 {dir}。请先运行 npm run build。',
    en: 'The page’s files are missing ({dir}). Run npm run build first.',
  },
  'cli.web.noBrowser': {
    zh: '无法自动打开浏览器，请手动在浏览器中打开上面的地址。',
    en: 'Could not open a browser; open the address above in one yourself.',
  },
} satisfies MessageTable;
