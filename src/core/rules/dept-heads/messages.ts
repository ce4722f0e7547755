import type { MessageTable } from '../../messages/types';

/** The dept-heads rule's title and findings (spread into the one catalogue by rules/registry.ts). */
export const MESSAGES = {
  'rule.dept-heads.title': { zh: '部门负责人人数', en: 'Department heads' },
  'rule.dept-heads.tooFew': {
    zh: '“{department}”负责人 {count} 人，少于 {limit} 人',
    en: '“{department}” has {count} head(s), fewer than {limit}',
  },
  'rule.dept-heads.tooMany': {
    zh: '“{department}”负责人 {count} 人，超过 {limit} 人',
    en: '“{department}” has {count} heads, more than {limit}',
  },
} satisfies MessageTable;
