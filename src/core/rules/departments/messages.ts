import type { MessageTable } from '../../messages/types';

/** The departments rule's title and findings (spread into the one catalogue by rules/registry.ts). */
export const MESSAGES = {
  'rule.departments.title': { zh: '工作部门设置', en: 'Work departments' },
  'rule.departments.over': {
    zh: '工作部门 {count} 个，超过上限 {limit} 个：{departments}',
    en: '{count} work departments, above the limit of {limit}: {departments}',
  },
  'rule.departments.notAllowed': {
    zh: '不应设置的部门“{department}”：不在规定设置的部门中（{allowed}）',
    en: 'Department “{department}” is not one of the departments the policy names ({allowed})',
  },
  'rule.departments.notAllowedQuoted': {
    zh: '不应设置的部门“{department}”（规定设置：{allowed}），原文：“{quote}”',
    en: 'Department “{department}” should not exist (the policy names {allowed}); the policy text says: “{quote}”',
  },
} satisfies MessageTable;
