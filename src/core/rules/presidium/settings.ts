import { count } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface PresidiumSettings extends Toggle {
  max: number;
  titleMax?: Record<string, number>;
}

export const SETTINGS: RuleSettings<PresidiumSettings> = {
  defaults: { enabled: true, max: 5 },
  presets: {
    // 院级 (001 §三(二)): 3 in the presidium.
    'national-college': { enabled: true, max: 3 },
    // Seed 004 (2021): 执行主席 1 + 3 主席团成员.
    'hnjt-2021': { enabled: true, max: 4, titleMax: { 执行主席: 1 } },
  },
  fields: {
    max: count,
    titleMax: { spec: { kind: 'map', value: count.spec }, optional: true },
  },
};
