import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { t, type Lang } from '../../core/messages';
import { buildReport } from '../../core/report/buildReport';
import { parseCheckArgs, UsageError } from '../args';
import { writeWorkbookModel } from '../io/writeWorkbook';
import type { Output } from '../output';
import { withReadProgress } from '../progress/withReadProgress';
import { checkFiles } from './checkFiles';
import { countFindings } from './counts';
import { toJson } from './jsonOutput';
import { loadPolicy } from './loadPolicy';
import { terminalSummary } from './terminalSummary';

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
  if (reportPath !== undefined && args.files.some((f) => resolve(f) === resolve(reportPath)))
    throw new UsageError('cli.outIsInput', { file: reportPath });
  const outcome = await withReadProgress(out, args.files, (options) =>
    checkFiles(args.files, policy, [], options),
  );
  if (!outcome.ok) {
    out.stderr(`${t('cli.inputProblem', lang)}\n`);
    for (const issue of outcome.issues)
      out.stderr(`  ${t(issue.messageKey, lang, issue.params)}\n`);
    return 2;
  }
  const result = outcome.result;
  if (reportPath !== undefined) {
    const model = buildReport(result, lang, {
      rosterCopy: true,
      generatedAt: now.toLocaleString('zh-CN'),
    });
    await mkdir(dirname(resolve(reportPath)), { recursive: true });
    await writeWorkbookModel(model, reportPath);
  }
  if (args.json) out.stdout(`${JSON.stringify(toJson(result, lang), null, 2)}\n`);
  else {
    out.stdout(terminalSummary(result, lang));
    if (reportPath !== undefined)
      out.stdout(`\n${t('cli.reportWritten', lang, { file: reportPath })}\n`);
  }
  return countFindings(result).findings > 0 ? 1 : 0;
}
