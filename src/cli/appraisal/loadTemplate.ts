import { readFile } from 'node:fs/promises';
import { BUILT_IN_TEMPLATES } from '../../core/appraisal/templates';
import type { MessageKey } from '../../core/messages';
import type { Result } from '../../core/issue';
import { jsonSyntaxIssue, readJsonText } from '../../core/policy/jsonSyntax';

/** The template as raw JSON, validated later with the other settings. */
export type TemplateSource = Result<unknown>;

function problem(messageKey: MessageKey, params: Record<string, string>): TemplateSource {
  return { ok: false, issues: [{ severity: 'error', messageKey, params }] };
}

/** A built-in template by name, or the teacher's own JSON file (validated later with the other settings). */
export async function loadTemplate(nameOrPath: string): Promise<TemplateSource> {
  const builtIn = BUILT_IN_TEMPLATES[nameOrPath];
  if (builtIn) return { ok: true, value: builtIn };
  let text: string;
  try {
    text = await readFile(nameOrPath, 'utf8');
  } catch {
    return problem('appraisal.template.unknownName', {
      name: nameOrPath,
      names: Object.keys(BUILT_IN_TEMPLATES).join(', '),
    });
  }
  const read = readJsonText(text);
  if (read.ok) return { ok: true, value: read.value };
  const header = problem('appraisal.template.badJson', { file: nameOrPath });
  return header.ok
    ? header
    : { ok: false, issues: [...header.issues, jsonSyntaxIssue(read.error)] };
}
