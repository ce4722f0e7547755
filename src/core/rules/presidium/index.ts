import type { RuleDefinition } from '../define';
import { presidiumRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type PresidiumSettings } from './settings';

/** presidium: Presidium size, and per-title limits (docs/RULES.md §2 presidium). */
export const presidium: RuleDefinition<'presidium', PresidiumSettings, typeof MESSAGES> = {
  code: 'presidium',
  listOrder: 80,
  check: presidiumRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
