import { readFile } from 'node:fs/promises';
import { t, type Lang } from '../../core/messages';
import { presetPolicy } from '../../core/policy/presets';
import { jsonSyntaxIssue, readJsonText } from '../../core/policy/jsonSyntax';
import { parsePolicy } from '../../core/policy/serialize';
import { PRESET_NAMES, type Policy, type PresetName } from '../../core/policy/types';
import { UsageError } from '../args';
import { InputFileError } from '../../read/errors';

function isPreset(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** A policy problem the teacher can fix: every line says what and where. */
export class PolicyFileError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'PolicyFileError';
  }
}

/**
 * The policy for a run: a preset, or a policy file (which may itself name a preset), with
 * `--preset` taking precedence over the file's preset.
 */
export async function loadPolicy(
  opts: { preset?: string; policy?: string },
  lang: Lang,
): Promise<Policy> {
  if (opts.preset !== undefined && !isPreset(opts.preset))
    throw new UsageError('cli.unknownPreset', {
      preset: opts.preset,
      presets: PRESET_NAMES.join(', '),
    });
  if (opts.policy === undefined) return presetPolicy(opts.preset);
  const file = opts.policy;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputFileError('io.missing', { file });
  }
  const read = readJsonText(text);
  if (!read.ok) {
    const issue = jsonSyntaxIssue(read.error);
    throw new PolicyFileError([
      t('cli.policyJson', lang, { file }),
      `  - ${t(issue.messageKey, lang, issue.params)}`,
    ]);
  }
  let json = read.value;
  if (opts.preset !== undefined && typeof json === 'object' && json !== null)
    json = { ...(json as Record<string, unknown>), preset: opts.preset };
  const parsed = parsePolicy(json);
  if (parsed.ok) return parsed.value;
  throw new PolicyFileError([
    t('cli.policyFile', lang, { file }),
    ...parsed.issues.map((e) => `  - ${t(e.messageKey, lang, e.params)}`),
  ]);
}
