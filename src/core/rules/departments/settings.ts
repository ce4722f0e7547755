import { optionalCount, strings } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface DepartmentsSettings extends Toggle {
  max?: number;
  allowed?: string[];
}

export const SETTINGS: RuleSettings<DepartmentsSettings> = {
  defaults: { enabled: true, max: 6 },
  presets: {
    // The national texts leave a college union's departments to the school: off, with the
    // school-level value filled in, so a teacher who switches it on starts from a sensible limit.
    'national-college': { enabled: false, max: 6 },
    // Seed 004 (2021): six named departments.
    'hnjt-2021': {
      enabled: true,
      max: 6,
      allowed: ['秘书处', '文体部', '权益部', '学习部', '新闻传媒部', '心理部'],
    },
  },
  fields: { max: optionalCount, allowed: { ...strings, optional: true } },
};
