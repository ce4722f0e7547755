import { tBoth } from '../core/messages';
import { parseAppraisalArgs, runAppraisalCollect, runAppraisalGenerate } from './appraisal';
import type { Output } from './output';

/** `appraisal …` and `appraisal collect …`: forms out, filled forms in; messages go to stdout or stderr by outcome. */
export async function runAppraisalCommand(argv: readonly string[], out: Output): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    out.stdout(`${tBoth('appraisal.cli.usage')}\n`);
    return 0;
  }
  const parsed = parseAppraisalArgs(argv);
  const run =
    parsed.command === 'collect'
      ? await runAppraisalCollect(parsed.opts)
      : await runAppraisalGenerate(parsed.opts);
  for (const line of run.messages) {
    if (run.exitCode === 2) out.stderr(`${line}\n`);
    else out.stdout(`${line}\n`);
  }
  return run.exitCode;
}
