import type { RuleDefinition } from '../define';
import { congressRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type CongressSettings } from './settings';

/** congress: Student congress delegates: quota, non-cadres, every year (docs/RULES.md §2 congress). */
export const congress: RuleDefinition<'congress', CongressSettings, typeof MESSAGES> = {
  code: 'congress',
  listOrder: 140,
  check: congressRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
