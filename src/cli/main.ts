import { t, tBoth } from '../core/messages';
import { UsageError } from './args';
import { runCheckCommand } from './check/runCheckCommand';
import { PolicyFileError } from './check/loadPolicy';
import { InputFileError, OutputFileError } from './io/errors';
import { processOutput, type Output } from './output';
import { runAppraisalCommand } from './appraisalCommand';

function langOf(argv: readonly string[]): 'zh' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}

/**
 * The command line. Returns the exit code: 0 no findings, 1 findings, 2 input problem. Every expected
 * problem becomes a message in the teacher's language; a stack trace is never shown.
 */
export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
  const [command, ...rest] = argv;
  const lang = langOf(argv);
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out.stdout(`${tBoth('cli.usage')}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === 'check') return await runCheckCommand(rest, out);
    if (command === 'appraisal') return await runAppraisalCommand(rest, out);
    throw new UsageError('cli.unknownCommand', { command });
  } catch (error) {
    if (error instanceof UsageError) out.stderr(`${t(error.messageKey, lang, error.params)}\n`);
    else if (error instanceof InputFileError || error instanceof OutputFileError)
      out.stderr(`${t(error.messageKey, lang, error.params)}\n`);
    else if (error instanceof PolicyFileError) out.stderr(`${error.lines.join('\n')}\n`);
    else {
      const detail = error instanceof Error ? error.message : String(error);
      out.stderr(`${t('cli.internal', lang, { detail })}\n`);
      return 3;
    }
    return 2;
  }
}
