import { percent } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface CoreRatioSettings extends Toggle {
  maxPercent: number;
}

export const SETTINGS: RuleSettings<CoreRatioSettings> = {
  defaults: { enabled: true, maxPercent: 1 },
  fields: { maxPercent: percent },
};
