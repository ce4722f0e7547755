import type { MessageTable } from '../../messages/types';

/**
 * The freshman rule's title, findings and reasons for not running (spread into the one catalogue
 * by rules/registry.ts).
 */
export const MESSAGES = {
  'rule.freshman.title': { zh: '新生免排名', en: 'Freshman exemption' },
  'rule.freshman.exempt': {
    zh: '{entryYear} 级新生（参考学期 {referenceTerm}），不参加成绩排名检查',
    en: 'First-year student (entry {entryYear}, reference term {referenceTerm}): exempt from the rank check',
  },
  'rule.skip.noReferenceTerm': {
    zh: '无法确定参考学期（成绩表无学期，规则中也未设置），无法判断谁是一年级新生',
    en: 'No reference term (none in the grades or the policy), so first-year students cannot be told apart',
  },
} satisfies MessageTable;
