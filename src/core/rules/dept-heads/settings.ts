import { optionalCount } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface DeptHeadsSettings extends Toggle {
  min?: number;
  max?: number;
}

export const SETTINGS: RuleSettings<DeptHeadsSettings> = {
  defaults: { enabled: true, min: 2, max: 3 },
  // Left to the school for a college union (see departments): off, school values filled in.
  presets: { 'national-college': { enabled: false, min: 2, max: 3 } },
  fields: { min: optionalCount, max: optionalCount },
  validate: ({ min, max }) =>
    min !== undefined && max !== undefined && min > max
      ? [
          {
            severity: 'error',
            path: 'min',
            messageKey: 'rule.policy.minAboveMax',
            params: { min, max },
          },
        ]
      : [],
};
