import { t, type Lang } from '../../core/messages';
import { buildReport } from '../../core/report/buildReport';
import { parseCheckArgs } from '../args';
import { prepareOutput } from '../io/output/prepareOutput';
import { writeWorkbookModel } from '../io/writeWorkbook';
import type { Output } from '../output';
import { withReadProgress } from '../progress/withReadProgress';
import { checkFiles } from './checkFiles';
import { toJson } from './jsonOutput';
import { loadPolicy } from './loadPolicy';
import { summarize } from '../../core/summary';
import { terminalSummary } from './terminalSummary';
import { issueText } from '../../core/issueText';

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

/** `check`: reads the inputs (never writes them), prints the summary or JSON, writes a new report. */
export async function runCheckCommand(
  argv: readonly string[],
  out: Output,
  now = new Date(),
): Promise<number> {
  const args = parseCheckArgs(argv);
  const lang: Lang = args.lang;
  const policy = await loadPolicy(args, lang);
  const reportPath =
    args.out ?? (args.json ? undefined : `${t('report.sheet.report', lang)}-${stamp(now)}.xlsx`);
  const inputs = [...args.files, ...(args.policy !== undefined ? [args.policy] : [])];
  if (reportPath !== undefined) await prepareOutput(reportPath, inputs);
  const outcome = await withReadProgress(out, args.files, (options) =>
    checkFiles(args.files, policy, [], options),
  );
  if (!outcome.ok) {
    out.stderr(`${t('cli.inputProblem', lang)}\n`);
    for (const issue of outcome.issues) out.stderr(`  ${issueText(issue, lang)}\n`);
    return 2;
  }
  const result = outcome.value;
  if (reportPath !== undefined) {
    const model = buildReport(result, lang, {
      rosterCopy: true,
      generatedAt: now.toLocaleString('zh-CN'),
    });
    await writeWorkbookModel(model, reportPath, { inputs });
  }
  if (args.json) out.stdout(`${JSON.stringify(toJson(result, lang), null, 2)}\n`);
  else {
    out.stdout(terminalSummary(result, lang));
    if (reportPath !== undefined)
      out.stdout(`\n${t('cli.reportWritten', lang, { file: reportPath })}\n`);
  }
  return summarize(result).counts.findings > 0 ? 1 : 0;
}
