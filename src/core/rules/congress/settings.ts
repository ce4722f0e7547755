import { percent } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface CongressSettings extends Toggle {
  minDelegatePercent: number;
  minNonCadrePercent: number;
  minYearPercent: number;
}

export const SETTINGS: RuleSettings<CongressSettings> = {
  // Both plans only ask that every year be covered; 10% per year is the product's own floor.
  defaults: { enabled: true, minDelegatePercent: 1, minNonCadrePercent: 60, minYearPercent: 10 },
  fields: {
    minDelegatePercent: percent,
    minNonCadrePercent: percent,
    minYearPercent: percent,
  },
};
