import { count } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface StaffTotalSettings extends Toggle {
  max: number;
}

export const SETTINGS: RuleSettings<StaffTotalSettings> = {
  // The national form's 40 (60 for large schools); 004 二(一)4 says 40 as well.
  defaults: { enabled: true, max: 40 },
  // 院级 (001 §三(二)): 30 staff.
  presets: { 'national-college': { enabled: true, max: 30 } },
  fields: { max: count },
};
