import type { RuleDefinition } from '../define';
import { rankRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type RankSettings } from './settings';

/** For the report's rank text, which shows the average as this rule does. */
export { averageText } from './check';

/** rank: Rank within the top share of the cohort (docs/RULES.md §1 rank). */
export const rank: RuleDefinition<'rank', RankSettings, typeof MESSAGES> = {
  code: 'rank',
  listOrder: 20,
  check: rankRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
