import type { RuleDefinition } from '../define';
import { titlesRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type TitleSettings } from './settings';

/** titles: Only presidium and department titles (docs/RULES.md §2 titles). */
export const titles: RuleDefinition<'titles', TitleSettings, typeof MESSAGES> = {
  code: 'titles',
  listOrder: 60,
  check: titlesRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
