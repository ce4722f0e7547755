import type { Lang } from '../../core/messages';
import type { AppraisalLayout, AppraisalScope } from '../../core/appraisal/types';
import { UsageError } from '../args';

/** `appraisal <workbook...>`: generate forms. Setting values stay text here and are validated with the settings. */
export interface GenerateOptions {
  readonly inputs: string[];
  readonly out: string;
  /** A built-in template name (national, hnjt-2021) or a path to the teacher's own JSON template. */
  readonly template: string;
  readonly scope: AppraisalScope;
  readonly layout: AppraisalLayout;
  /** `学生代表:30,团委:20,学工部:30,自评:20`, or names only. */
  readonly groups?: string;
  readonly aggregate?: string;
  /** `85,70,60`. */
  readonly bands?: string;
  readonly quota?: string;
  readonly term?: string;
  readonly school?: string;
  readonly preset?: string;
  readonly policy?: string;
  readonly lang: Lang;
}

/** `appraisal collect <filled...>`: gather filled copies into a summary. */
export interface CollectOptions {
  readonly files: string[];
  readonly out: string;
  readonly lang: Lang;
}

export type AppraisalArgs =
  | { readonly command: 'generate'; readonly opts: GenerateOptions }
  | { readonly command: 'collect'; readonly opts: CollectOptions };

const GENERATE_OPTIONS = [
  '--out',
  '--template',
  '--scope',
  '--layout',
  '--groups',
  '--aggregate',
  '--bands',
  '--quota',
  '--term',
  '--school',
  '--preset',
  '--policy',
  '--lang',
];
const COLLECT_OPTIONS = ['--out', '--lang'];

function split(
  argv: readonly string[],
  allowed: readonly string[],
): { files: string[]; values: Map<string, string> } {
  const files: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (allowed.includes(name)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '')
        throw new UsageError('cli.missingValue', { option: name });
      values.set(name, value);
    } else if (arg.startsWith('--')) throw new UsageError('cli.unknownOption', { option: arg });
    else files.push(arg);
  }
  return { files, values };
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  option: string,
): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (!found)
    throw new UsageError('appraisal.cli.badChoice', { option, value, allowed: allowed.join(', ') });
  return found;
}

function langOf(values: Map<string, string>): Lang {
  const lang = values.get('--lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new UsageError('cli.badLang');
  return lang;
}

/** The default output: beside the first input, never the input itself. */
function defaultOut(first: string, suffix: string): string {
  const base = first.replace(/\.(xlsx|xlsm|csv)$/i, '');
  return `${base}-${suffix}.xlsx`;
}

/** Parses the words after `appraisal`: `collect <files...>` or `<workbook...>` with its flags. */
export function parseAppraisalArgs(argv: readonly string[]): AppraisalArgs {
  if (argv[0] === 'collect') {
    const { files, values } = split(argv.slice(1), COLLECT_OPTIONS);
    if (files.length === 0) throw new UsageError('appraisal.cli.noFormsGiven');
    const lang = langOf(values);
    const first = files[0] ?? '';
    return {
      command: 'collect',
      opts: {
        files,
        out:
          values.get('--out') ??
          defaultOut(first, lang === 'zh' ? '评议汇总' : 'appraisal-summary'),
        lang,
      },
    };
  }
  const { files, values } = split(argv, GENERATE_OPTIONS);
  if (files.length === 0) throw new UsageError('appraisal.cli.noRosterGiven');
  const lang = langOf(values);
  const optional = (name: string, key: string) =>
    values.has(name) ? { [key]: values.get(name) ?? '' } : {};
  const opts: GenerateOptions = {
    inputs: files,
    out:
      values.get('--out') ?? defaultOut(files[0] ?? '', lang === 'zh' ? '述职评议' : 'appraisal'),
    template: values.get('--template') ?? 'national',
    scope: oneOf(values.get('--scope'), ['leaders', 'all'] as const, 'leaders', '--scope'),
    layout: oneOf(
      values.get('--layout'),
      ['per-department', 'single'] as const,
      'per-department',
      '--layout',
    ),
    lang,
    ...optional('--groups', 'groups'),
    ...optional('--aggregate', 'aggregate'),
    ...optional('--bands', 'bands'),
    ...optional('--quota', 'quota'),
    ...optional('--term', 'term'),
    ...optional('--school', 'school'),
    ...optional('--preset', 'preset'),
    ...optional('--policy', 'policy'),
  };
  return { command: 'generate', opts };
}
