import type { MessageTable } from '../../messages/types';

/**
 * The political rule's title, findings and reasons for not running (spread into the one catalogue
 * by rules/registry.ts).
 */
export const MESSAGES = {
  'rule.political.title': { zh: '政治面貌', en: 'Political status' },
  'rule.political.missing': {
    zh: '未填写政治面貌，待核实',
    en: 'No political status given; needs checking',
  },
  'rule.political.unknown': {
    zh: '政治面貌“{value}”无法识别，待核实',
    en: 'Political status “{value}” is not recognised; needs checking',
  },
  'rule.political.notAllowed': {
    zh: '政治面貌为“{value}”，学生会工作人员应为中共党员（含预备党员）或共青团员',
    en: 'Political status is “{value}”; union staff must be Party members (incl. probationary) or League members',
  },
  'rule.political.membershipEnded': {
    zh: '名单上政治面貌为“{value}”，但处分名单记有“{raw}”（{when}），请核实该生现在的政治面貌，待核实',
    en: 'The roster gives political status “{value}”, but the discipline register records “{raw}” ({when}); check the current status (needs checking)',
  },
  'rule.skip.noPoliticalColumn': {
    zh: '名单中没有“政治面貌”列，无法检查',
    en: 'The roster has no 政治面貌 (political status) column',
  },
} satisfies MessageTable;
