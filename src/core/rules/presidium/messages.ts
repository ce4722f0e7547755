import type { MessageTable } from '../../messages/types';

/** The presidium rule's title and findings (spread into the one catalogue by rules/registry.ts). */
export const MESSAGES = {
  'rule.presidium.title': { zh: '主席团人数', en: 'Presidium size' },
  'rule.presidium.over': {
    zh: '主席团 {count} 人，超过上限 {limit} 人：{members}',
    en: 'The presidium has {count} members, above the limit of {limit}: {members}',
  },
  'rule.presidium.titleOver': {
    zh: '“{title}”有 {count} 人，上限 {limit} 人：{members}',
    en: '{count} hold the title “{title}”, above the limit of {limit}: {members}',
  },
} satisfies MessageTable;
