import { optionalCount } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface DeptStaffSettings extends Toggle {
  max?: number;
}

export const SETTINGS: RuleSettings<DeptStaffSettings> = {
  defaults: { enabled: true, max: 6 },
  // Left to the school for a college union (see departments): off, school value filled in.
  presets: { 'national-college': { enabled: false, max: 6 } },
  fields: { max: optionalCount },
};
