import type { Lang, MessageKey } from '../core/messages';

/** A command line problem, reported as a catalogue message and exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(messageKey);
    this.name = 'UsageError';
  }
}

export interface CheckArgs {
  readonly files: string[];
  readonly out?: string;
  readonly preset?: string;
  readonly policy?: string;
  readonly json: boolean;
  readonly lang: Lang;
}

const VALUE_OPTIONS = new Set(['--out', '--preset', '--policy', '--lang']);
const FLAG_OPTIONS = new Set(['--json']);

/** Parses `check` arguments; options may come before, between or after the files. */
export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const files: string[] = [];
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '')
        throw new UsageError('cli.missingValue', { option: name });
      values.set(name, value);
    } else if (FLAG_OPTIONS.has(arg)) json = true;
    else if (arg.startsWith('--')) throw new UsageError('cli.unknownOption', { option: arg });
    else files.push(arg);
  }
  const lang = values.get('--lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new UsageError('cli.badLang');
  if (files.length === 0) throw new UsageError('cli.noFiles');
  const out = values.get('--out');
  const preset = values.get('--preset');
  const policy = values.get('--policy');
  return {
    files,
    json,
    lang,
    ...(out !== undefined ? { out } : {}),
    ...(preset !== undefined ? { preset } : {}),
    ...(policy !== undefined ? { policy } : {}),
  };
}

/** Options every command takes, read by main before the command sees its own words. */
export interface GlobalOptions {
  /** The arguments without the global options (main hands `--lang` back to the command). */
  readonly rest: string[];
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
  /** The `--lang` value as given, unchecked; undefined when absent. */
  readonly lang?: string;
}

/** Picks the global options out of the arguments, wherever they stand. */
export function splitGlobalOptions(argv: readonly string[]): GlobalOptions {
  const rest: string[] = [];
  let quiet = false;
  let help = false;
  let version = false;
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--version') version = true;
    else if (arg === '--lang') lang = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { rest, quiet, help, version, ...(lang !== undefined ? { lang } : {}) };
}

/**
 * The language the environment asks for, as POSIX orders it (LC_ALL, LC_MESSAGES, LANG): English
 * for `en…`, Chinese otherwise, since the tool is written for Chinese schools.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
