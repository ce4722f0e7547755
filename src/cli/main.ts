import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t, type Lang } from '../core/messages';
import { langFromEnv, splitGlobalOptions, UsageError } from './args';
import { runCheckCommand } from './check/runCheckCommand';
import { PolicyFileError } from './check/loadPolicy';
import { InputFileError } from '../read/errors';
import { OutputFileError } from './io/errors';
import { commandOutput, exitQuietlyOnBrokenPipe, processOutput, type Output } from './output';
import { runAppraisalCommand } from './appraisalCommand';
import { runWebCommand } from './web/runWebCommand';

const COMMANDS = new Set(['check', 'appraisal', 'web']);

/** The package version, read where both src/ (tests) and lib/ (the binary) find it. */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '';
  } catch {
    return '';
  }
}

/** The words a command sees: `--lang` as given (the command checks it), else from the environment. */
function commandArgs(rest: readonly string[], given: string | undefined, lang: Lang): string[] {
  return [...rest, '--lang', given ?? lang];
}

function helpText(command: string | undefined, lang: Lang): string {
  if (command === 'appraisal') return t('appraisal.cli.usage', lang);
  return t('cli.usage', lang, { version: version() });
}

/**
 * The command line. Returns the exit code: 0 no findings, 1 findings, 2 input problem. Every expected
 * problem becomes a message in the teacher's language (--lang, else LANG); a stack trace is never
 * shown.
 */
export async function main(
  argv: readonly string[],
  out: Output = processOutput,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  if (out === processOutput) exitQuietlyOnBrokenPipe();
  const global = splitGlobalOptions(argv);
  const lang: Lang = global.lang === 'en' || global.lang === 'zh' ? global.lang : langFromEnv(env);
  const [first, ...words] = global.rest;
  const command = first === 'help' ? words[0] : first;
  try {
    if (global.version) {
      out.stdout(`union-compliance ${version()}\n`);
      return 0;
    }
    if (global.help || first === 'help') {
      out.stdout(`${helpText(command, lang)}\n`);
      return 0;
    }
    if (command === undefined) {
      out.stderr(`${helpText(undefined, lang)}\n`);
      return 2;
    }
    if (!COMMANDS.has(command)) throw new UsageError('cli.unknownCommand', { command });
    const json = words.includes('--json');
    const shown = commandOutput(out, { quiet: global.quiet, json, lang });
    const args = commandArgs(words, global.lang, lang);
    if (command === 'check') return await runCheckCommand(args, shown);
    if (command === 'web') return await runWebCommand(args, shown);
    return await runAppraisalCommand(args, shown);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof InputFileError ||
      error instanceof OutputFileError
    )
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
