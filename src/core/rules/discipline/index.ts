import type { RuleDefinition } from '../define';
import { disciplineRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type DisciplineSettings } from './settings';

/** discipline: No listed school sanction in the window (docs/RULES.md §1 discipline). */
export const discipline: RuleDefinition<'discipline', DisciplineSettings, typeof MESSAGES> = {
  code: 'discipline',
  listOrder: 50,
  check: disciplineRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
