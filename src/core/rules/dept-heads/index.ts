import type { RuleDefinition } from '../define';
import { deptHeadsRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type DeptHeadsSettings } from './settings';

/** dept-heads: Heads per department between min and max (docs/RULES.md §2 dept-heads). */
export const deptHeads: RuleDefinition<'dept-heads', DeptHeadsSettings, typeof MESSAGES> = {
  code: 'dept-heads',
  listOrder: 100,
  check: deptHeadsRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
