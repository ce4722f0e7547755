import type { MessageTable } from '../../messages/types';

/** The titles rule's title and findings (spread into the one catalogue by rules/registry.ts). */
export const MESSAGES = {
  'rule.titles.title': { zh: '职务设置', en: 'Titles' },
  'rule.titles.forbidden': {
    zh: '职务“{title}”按规定不应设置，原文：“{quote}”',
    en: 'Title “{title}” is not allowed; the policy text says: “{quote}”',
  },
  'rule.titles.unknown': {
    zh: '职务“{title}”无法识别，请核实其属于主席团、部门负责人还是部门成员',
    en: 'Title “{title}” is not recognised: check whether it is a presidium, head or member title',
  },
  'rule.titles.missing': {
    zh: '未填写职务，无法判断其岗位，待核实',
    en: 'No title given, so the member’s role is unknown; needs checking',
  },
} satisfies MessageTable;
