import type { RuleDefinition } from '../define';
import { politicalRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type PoliticalSettings } from './settings';

/** political: Political status must be an allowed one (docs/RULES.md §1 political). */
export const political: RuleDefinition<'political', PoliticalSettings, typeof MESSAGES> = {
  code: 'political',
  listOrder: 10,
  check: politicalRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
