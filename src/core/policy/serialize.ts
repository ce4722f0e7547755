import type { Issue, Result } from '../issue';
import { policyIssue } from './issues';
import { jsonSyntaxIssue, readJsonText } from './jsonSyntax';
import { ruleSettingIssues } from '../rules/registry';
import { mergeValue } from './merge';
import { DEFAULT_PRESET, presetPolicy } from './presets';
import { POLICY_SPEC, type Spec } from './schema';
import { PRESET_NAMES, type Policy, type PresetName } from './types';

/**
 * The value with every unset optional field written as `null`: a file read back over its preset
 * must clear what the policy had cleared, not inherit the preset's value.
 */
function withNulls(value: unknown, spec: Spec): unknown {
  if (spec.kind !== 'object' || typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    const inner = source[key];
    if (inner !== undefined) out[key] = withNulls(inner, field.spec);
    else if (field.optional) out[key] = null;
  }
  return out;
}

/** A policy as pretty JSON (unset settings as `null`); `parsePolicy` reads it back to an equal policy. */
export function policyToJson(policy: Policy): string {
  return `${JSON.stringify(withNulls(policy, POLICY_SPEC.spec), null, 2)}\n`;
}

function isPresetName(value: unknown): value is PresetName {
  return typeof value === 'string' && (PRESET_NAMES as readonly string[]).includes(value);
}

function readJson(text: string): { value: unknown } | { issue: Issue } {
  const read = readJsonText(text);
  return read.ok ? { value: read.value } : { issue: jsonSyntaxIssue(read.error, '') };
}

/** Checks that cross fields agree (a single field cannot see its sibling). */
function crossChecks(policy: Policy): Issue[] {
  return ruleSettingIssues(policy.rules).map((issue) =>
    policyIssue(issue.path ?? '', issue.messageKey, issue.params),
  );
}

/**
 * Reads a policy file (JSON text or an already-parsed value). Fields it gives override its `preset`
 * (default national-school) field by field; unknown keys, wrong types and out-of-range values are
 * errors with their path. `null` clears an optional setting (e.g. `"studentsServed": null`).
 */
export function parsePolicy(json: unknown): Result<Policy> {
  const read = typeof json === 'string' ? readJson(json) : { value: json };
  if ('issue' in read) return { ok: false, issues: [read.issue] };
  const input = read.value;
  const errors: Issue[] = [];
  let presetName: PresetName = DEFAULT_PRESET;
  if (typeof input === 'object' && input !== null && 'preset' in input) {
    const named: unknown = input.preset;
    if (isPresetName(named)) presetName = named;
  }
  const base = presetPolicy(presetName);
  const merged = mergeValue(base, input, POLICY_SPEC.spec, '', errors);
  if (errors.length > 0) return { ok: false, issues: errors };
  // mergeValue checked every field against POLICY_SPEC, which mirrors the Policy type.
  const policy = merged as Policy;
  const cross = crossChecks(policy);
  return cross.length > 0 ? { ok: false, issues: cross } : { ok: true, value: policy };
}
