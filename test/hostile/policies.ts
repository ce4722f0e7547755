import { presetPolicy } from '../../src/core/policy/presets';
import type { Policy } from '../../src/core/policy/types';
import type { PolicyName } from './types';

/**
 * `roster`: the default preset with only the roster rules that a six-member union can be judged on
 * (political status and the structure of the presidium and departments).
 * `grades`: the same plus failed courses and discipline (rank needs a cohort; it is left off so
 * every outcome can be worked out by hand).
 */
export function policyFor(name: PolicyName): Policy {
  const p = presetPolicy('national-school');
  p.rules.rank.enabled = false;
  p.rules['staff-total'].enabled = false;
  p.rules.departments.enabled = false;
  p.rules.failed.enabled = name === 'grades';
  p.rules.discipline.enabled = name === 'grades';
  return p;
}
