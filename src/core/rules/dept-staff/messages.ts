import type { MessageTable } from '../../messages/types';

/** The dept-staff rule's title and findings (spread into the one catalogue by rules/registry.ts). */
export const MESSAGES = {
  'rule.dept-staff.title': { zh: '部门成员人数', en: 'Department members' },
  'rule.dept-staff.over': {
    zh: '“{department}”除负责人外有 {count} 名成员，超过 {limit} 人',
    en: '“{department}” has {count} members besides its heads, more than {limit}',
  },
} satisfies MessageTable;
