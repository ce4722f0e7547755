import type { RuleDefinition } from '../define';
import { freshmanRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type FreshmanSettings } from './settings';

/** freshman: A first-term student is exempt from rank (docs/RULES.md §1 freshman). */
export const freshman: RuleDefinition<'freshman', FreshmanSettings, typeof MESSAGES> = {
  code: 'freshman',
  listOrder: 30,
  check: freshmanRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
