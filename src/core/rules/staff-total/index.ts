import type { RuleDefinition } from '../define';
import { staffTotalRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type StaffTotalSettings } from './settings';

/** staff-total: Total staff within the limit (docs/RULES.md §2 staff-total). */
export const staffTotal: RuleDefinition<'staff-total', StaffTotalSettings, typeof MESSAGES> = {
  code: 'staff-total',
  listOrder: 70,
  check: staffTotalRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
