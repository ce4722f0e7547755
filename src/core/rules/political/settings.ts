import type { PoliticalStatus } from '../../records';
import { enumList } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

/** Political statuses a policy may allow (`unknown` and `missing` are states, not choices). */
export const POLITICAL_CHOICES = [
  'party-member',
  'probationary-member',
  'league-member',
  'masses',
  'democratic-party',
  'non-partisan',
] as const;

export interface PoliticalSettings extends Toggle {
  allowed: PoliticalStatus[];
}

const NATIONAL: PoliticalSettings = {
  enabled: true,
  allowed: ['party-member', 'probationary-member', 'league-member'],
};

export const SETTINGS: RuleSettings<PoliticalSettings> = {
  defaults: NATIONAL,
  // A 中职 school: many students are 群众 by design, so the rule is off.
  presets: { zhongzhi: { ...NATIONAL, enabled: false } },
  fields: { allowed: enumList(POLITICAL_CHOICES) },
};
