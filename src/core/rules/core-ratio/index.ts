import type { RuleDefinition } from '../define';
import { coreRatioRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type CoreRatioSettings } from './settings';

/** core-ratio: Core members as a share of students served (docs/RULES.md §2 core-ratio). */
export const coreRatio: RuleDefinition<'core-ratio', CoreRatioSettings, typeof MESSAGES> = {
  code: 'core-ratio',
  listOrder: 130,
  check: coreRatioRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
