import { presetPolicy } from '../../core/policy/presets';
import type { Policy, PolicyRules, PresetName } from '../../core/policy/types';

/** A copy of `policy` with one rule's settings patched. */
export function patchRule<K extends keyof PolicyRules>(
  policy: Policy,
  code: K,
  patch: Partial<PolicyRules[K]>,
): Policy {
  return { ...policy, rules: { ...policy.rules, [code]: { ...policy.rules[code], ...patch } } };
}

/**
 * The named preset's policy, keeping what belongs to the school rather than to the preset
 * (students served, reference term), so switching presets does not lose them.
 */
export function switchPreset(current: Policy, name: PresetName): Policy {
  const next = presetPolicy(name);
  if (current.studentsServed !== undefined) next.studentsServed = current.studentsServed;
  if (current.referenceTerm !== undefined) next.referenceTerm = current.referenceTerm;
  return next;
}

/** A copy with 联系服务学生人数 set, or cleared when undefined. */
export function withStudentsServed(policy: Policy, value: number | undefined): Policy {
  const { studentsServed: _, ...rest } = policy;
  return value === undefined ? rest : { ...rest, studentsServed: value };
}
