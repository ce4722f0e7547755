import type { MessageTable } from '../../messages/types';

/**
 * The discipline rule's title, findings and reasons for not running (spread into the one catalogue
 * by rules/registry.ts).
 */
export const MESSAGES = {
  'rule.discipline.title': { zh: '违纪处分', en: 'Disciplinary sanctions' },
  'rule.discipline.sanctioned': {
    zh: '受到{sanction}处分（{when}）',
    en: 'Disciplinary sanction: {sanction} ({when})',
  },
  'rule.discipline.sanctionedByName': {
    zh: '受到{sanction}处分（{when}）；处分名单无学号，按姓名匹配，请核对是否同一人',
    en: 'Disciplinary sanction: {sanction} ({when}); the register has no student ID, matched by name: check it is the same person',
  },
  'rule.discipline.unknownSanction': {
    zh: '处分名单中的处分“{raw}”无法识别（校纪处分为警告、严重警告、记过、记大过、留校察看、开除学籍），待核实',
    en: 'Sanction “{raw}” in the discipline register is not recognised (school sanctions: warning, serious warning, demerit, major demerit, probation, expulsion); needs checking',
  },
  'rule.discipline.ambiguousName': {
    zh: '处分名单中有同名学生的{sanction}处分（无学号），名单中同名者不止一人，待核实',
    en: 'The register lists a {sanction} for someone of this name (no student ID), and several members share it; needs checking',
  },
  'rule.discipline.noReferenceTerm': {
    zh: '有{sanction}处分记录（{when}），但无法确定参考学期，不能判断是否在考察期内，待核实',
    en: 'A {sanction} is on record ({when}) but there is no reference term to place it in the window; needs checking',
  },
  'rule.discipline.undated': {
    zh: '有{sanction}处分记录但没有日期，不能判断是否在考察期内，待核实',
    en: 'A {sanction} is on record without a date, so it cannot be placed in the window; needs checking',
  },
  'rule.discipline.sanctionedLifted': {
    zh: '受到{sanction}处分（{when}），已于 {liftedOn} 解除；按规则设置，已解除的处分仍计入',
    en: 'Disciplinary sanction: {sanction} ({when}), lifted on {liftedOn}; the policy counts lifted sanctions too',
  },
  'rule.discipline.sanctionedLiftedUndated': {
    zh: '受到{sanction}处分（{when}），已解除（名单未写解除日期）；按规则设置，已解除的处分仍计入',
    en: 'Disciplinary sanction: {sanction} ({when}), lifted (the register gives no date); the policy counts lifted sanctions too',
  },
  'rule.discipline.sanctionedLiftedByName': {
    zh: '受到{sanction}处分（{when}），已于 {liftedOn} 解除；按规则设置，已解除的处分仍计入。处分名单无学号，按姓名匹配，请核对是否同一人',
    en: 'Disciplinary sanction: {sanction} ({when}), lifted on {liftedOn}; the policy counts lifted sanctions too. The register has no student ID, matched by name: check it is the same person',
  },
  'rule.discipline.sanctionedLiftedUndatedByName': {
    zh: '受到{sanction}处分（{when}），已解除（名单未写解除日期）；按规则设置，已解除的处分仍计入。处分名单无学号，按姓名匹配，请核对是否同一人',
    en: 'Disciplinary sanction: {sanction} ({when}), lifted (the register gives no date); the policy counts lifted sanctions too. The register has no student ID, matched by name: check it is the same person',
  },
  'rule.discipline.notSchoolSanction': {
    zh: '处分名单记有“{raw}”（{when}）：团内、党内处分和通报批评、批评教育不是校纪处分，不影响本项，请知悉',
    en: 'The register records “{raw}” ({when}): league or party discipline and criticism are not school sanctions and do not count here; for your information',
  },
  'rule.skip.noDiscipline': {
    zh: '未找到处分名单，无法检查违纪情况（没有名单不等于没有处分）',
    en: 'No discipline register was found; without one, no member can be cleared',
  },
} satisfies MessageTable;
