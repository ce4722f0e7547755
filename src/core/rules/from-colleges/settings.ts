import { percent } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface FromCollegesSettings extends Toggle {
  minPercent: number;
}

export const SETTINGS: RuleSettings<FromCollegesSettings> = {
  defaults: { enabled: true, minPercent: 50 },
  // It applies to a school-level union only.
  presets: { 'national-college': { enabled: false, minPercent: 50 } },
  fields: { minPercent: percent },
};
