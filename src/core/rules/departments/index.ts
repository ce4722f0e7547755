import type { RuleDefinition } from '../define';
import { departmentsRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type DepartmentsSettings } from './settings';

/** For the verdicts, which tell a department that should not exist from an over-limit one. */
export { NOT_SET_UP_KEYS } from './check';

/**
 * departments: Number of work departments; only the named ones when a list is set
 * (docs/RULES.md §2 departments).
 */
export const departments: RuleDefinition<'departments', DepartmentsSettings, typeof MESSAGES> = {
  code: 'departments',
  listOrder: 90,
  check: departmentsRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
