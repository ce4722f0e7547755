import type { RuleDefinition } from '../define';
import { failedRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type FailedSettings } from './settings';

/** failed: No failed course in the window (docs/RULES.md §1 failed). */
export const failed: RuleDefinition<'failed', FailedSettings, typeof MESSAGES> = {
  code: 'failed',
  listOrder: 40,
  check: failedRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
