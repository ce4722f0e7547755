import type { MessageTable } from '../../messages/types';

/** The staff-total rule's title and findings (spread into the one catalogue by rules/registry.ts). */
export const MESSAGES = {
  'rule.staff-total.title': { zh: '工作人员总数', en: 'Total staff' },
  'rule.staff-total.over': {
    zh: '工作人员共 {count} 人，超过上限 {limit} 人（多 {excess} 人）',
    en: '{count} staff in total, above the limit of {limit} ({excess} too many)',
  },
} satisfies MessageTable;
