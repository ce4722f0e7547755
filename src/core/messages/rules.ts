import { RULE_OWN_MESSAGES } from '../rules/registry';
import type { MessageTable } from './types';

/** Policy-file problems (`rule.policy.*`): every message names the field's path. */
const POLICY = {
  'rule.policy.unknownKey': {
    zh: '{path}：不认识的设置项“{key}”（可用：{known}）',
    en: '{path}: unknown setting "{key}" (known: {known})',
  },
  'rule.policy.expected.boolean': {
    zh: '{path}：应为 true 或 false，实际为 {received}',
    en: '{path}: expected true or false, got {received}',
  },
  'rule.policy.expected.number': {
    zh: '{path}：应为数字，实际为 {received}',
    en: '{path}: expected a number, got {received}',
  },
  'rule.policy.expected.integer': {
    zh: '{path}：应为整数，实际为 {received}',
    en: '{path}: expected a whole number, got {received}',
  },
  'rule.policy.expected.string': {
    zh: '{path}：应为文字，实际为 {received}',
    en: '{path}: expected text, got {received}',
  },
  'rule.policy.expected.list': {
    zh: '{path}：应为列表 [...]，实际为 {received}',
    en: '{path}: expected a list [...], got {received}',
  },
  'rule.policy.expected.map': {
    zh: '{path}：应为“名称: 数值”的对象 {...}，实际为 {received}',
    en: '{path}: expected an object of name: number {...}, got {received}',
  },
  'rule.policy.expected.object': {
    zh: '{path}：应为对象 {...}，实际为 {received}',
    en: '{path}: expected an object {...}, got {received}',
  },
  'rule.policy.tooSmall': {
    zh: '{path}：{value} 太小，不能小于 {min}',
    en: '{path}: {value} is too small, the minimum is {min}',
  },
  'rule.policy.tooLarge': {
    zh: '{path}：{value} 太大，不能大于 {max}',
    en: '{path}: {value} is too large, the maximum is {max}',
  },
  'rule.policy.notAllowed': {
    zh: '{path}：“{value}”不是可选值（可选：{allowed}）',
    en: '{path}: "{value}" is not one of the choices ({allowed})',
  },
  'rule.policy.badPattern': {
    zh: '{path}：“{value}”格式不对，应形如 {example}',
    en: '{path}: "{value}" is not in the expected form, e.g. {example}',
  },
  'rule.policy.empty': {
    zh: '{path}：不能为空',
    en: '{path}: must not be empty',
  },
  'rule.policy.minAboveMax': {
    zh: '{path}：下限 {min} 大于上限 {max}',
    en: '{path}: the minimum {min} is above the maximum {max}',
  },
} satisfies MessageTable;

/** Why a rule did not run (`rule.skip.*`), where several rules share the reason. */
const SKIPS = {
  'rule.skip.noGrades': {
    zh: '未找到成绩表，无法检查',
    en: 'No grade sheet was found, so this could not be checked',
  },
  'rule.skip.noDepartmentColumn': {
    zh: '名单中没有“部门”列，无法检查部门设置',
    en: 'The roster has no 部门 (department) column',
  },
  'rule.skip.noTitleColumn': {
    zh: '名单中没有“职务”列，无法检查',
    en: 'The roster has no 职务 (title) column',
  },
  'rule.skip.noLimit': {
    zh: '规则已启用但未设置限额，请在设置中填写',
    en: 'The rule is on but has no limit set; fill one in the settings',
  },
} satisfies MessageTable;

/**
 * Messages of the `rule.*` area: the policy file's, the skip reasons several rules share, and each
 * rule's own (its title and findings, from rules/<code>/messages.ts through the registry).
 */
export const RULE_MESSAGES = {
  ...SKIPS,
  ...RULE_OWN_MESSAGES,
  ...POLICY,
} satisfies MessageTable;
