import type { RuleDefinition } from '../define';
import { fromCollegesRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type FromCollegesSettings } from './settings';

/** from-colleges: Share of school-level staff who also serve in a college union (docs/RULES.md §2 from-colleges). */
export const fromColleges: RuleDefinition<'from-colleges', FromCollegesSettings, typeof MESSAGES> =
  {
    code: 'from-colleges',
    listOrder: 120,
    check: fromCollegesRule,
    settings: SETTINGS,
    messages: MESSAGES,
    citation: CITATION,
  };
