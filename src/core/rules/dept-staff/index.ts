import type { RuleDefinition } from '../define';
import { deptStaffRule } from './check';
import { CITATION } from './citation';
import { MESSAGES } from './messages';
import { SETTINGS, type DeptStaffSettings } from './settings';

/** dept-staff: Members besides the heads, per department (docs/RULES.md §2 dept-staff). */
export const deptStaff: RuleDefinition<'dept-staff', DeptStaffSettings, typeof MESSAGES> = {
  code: 'dept-staff',
  listOrder: 110,
  check: deptStaffRule,
  settings: SETTINGS,
  messages: MESSAGES,
  citation: CITATION,
};
