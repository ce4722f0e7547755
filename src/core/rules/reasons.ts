import type { Policy } from '../policy/types';
import { normalizeLabel } from './labels';

/** A policy text's own words for why a post or a department must not exist, and where they stand. */
export interface Reason {
  /** Source id (rules/sources.ts). */
  readonly source: string;
  /** The sentence as the text writes it, punctuation included. */
  readonly quote: string;
}

const NATIONAL: Reason = {
  source: '001-3',
  quote: '除学生会主席团成员和工作部门成员，均不设置其他任何职务。',
};

// Seed 004 二(一)4, quoted as written (its commas are ASCII).
const NO_HEAD_TITLES: Reason = {
  source: '004-2-1-4',
  quote: '不设置部长,主任等职务,只安排工作的主要负责人',
};
const NO_ASSISTANTS: Reason = {
  source: '004-2-1-4',
  quote: '学生会各部门不设置主席助理、部长助理等岗位',
};
const SECRETARY_IS_STAFF: Reason = {
  source: '004-2-1-4',
  quote: '聘任秘书长1名,由院团委专职干部兼任',
};
const SIX_DEPARTMENTS: Reason = {
  source: '004-2-1-4',
  quote: '设置秘书处、文体部、权益部、学习部,新闻传媒部,心理部六个部门',
};

/** Seed 004's words per title; 部长 and 主任 only 004 forbids, so its words serve any policy. */
const HNJT_TITLES: readonly (readonly [string, Reason, boolean])[] = [
  ['主席助理', NO_ASSISTANTS, false],
  ['部长助理', NO_ASSISTANTS, false],
  ['副秘书长', SECRETARY_IS_STAFF, false],
  ['秘书长', SECRETARY_IS_STAFF, false],
  ['副部长', NO_HEAD_TITLES, true],
  ['部长', NO_HEAD_TITLES, true],
  ['副主任', NO_HEAD_TITLES, true],
  ['主任', NO_HEAD_TITLES, true],
];

/** Seed 004's words for the departments it renamed, merged or dropped. */
const HNJT_DEPARTMENTS: readonly (readonly [string, string])[] = [
  ['外联部', '将外联部职能并入文体部,不再保留外联部'],
  ['办公室', '院学生会办公室更名为秘书处,职能不变'],
  ['信息部', '信息部更名为新闻传媒部,职能不变'],
  ['治保部', '不再保留治保部'],
  ['生活部', '新设立权益发展部,生活部,女生部的职能并入'],
  ['女生部', '新设立权益发展部,生活部,女生部的职能并入'],
];

const isHnjt = (policy: Policy): boolean => policy.preset === 'hnjt-2021';

/**
 * Why a forbidden title must not exist, in its source's words: seed 004's sentence for the posts
 * it names (部长, 主任, 主席助理 ...) under its preset, or for a bare 部长/主任 anywhere (only 004
 * forbids them); else 001 §三's "no post but presidium and department members".
 */
export function titleReason(word: string, policy: Policy): Reason {
  const key = normalizeLabel(word);
  const hnjt = isHnjt(policy);
  for (const [title, reason, anyPolicy] of HNJT_TITLES) {
    // Elsewhere only a bare 部长/主任 is 004's case: a 中心主任 is forbidden by 001 §三.
    if (hnjt ? key.includes(title) : anyPolicy && key === title) return reason;
  }
  return NATIONAL;
}

/**
 * Why a department outside the policy's list must not exist, in seed 004's words (外联部: merged
 * into 文体部); undefined for a list the teacher wrote, which has no text to quote.
 */
export function departmentReason(department: string, policy: Policy): Reason | undefined {
  if (!isHnjt(policy)) return undefined;
  const key = normalizeLabel(department);
  const named = HNJT_DEPARTMENTS.find(([name]) => key.endsWith(name));
  return named ? { source: SIX_DEPARTMENTS.source, quote: named[1] } : SIX_DEPARTMENTS;
}

/** The forbidden word a title holds, the longest first (部长助理 before 部长). */
export function forbiddenWordIn(title: string | undefined, forbidden: readonly string[]): string {
  const text = normalizeLabel(title);
  const words = forbidden.map(normalizeLabel).sort((a, b) => b.length - a.length);
  return words.find((word) => word !== '' && text.includes(word)) ?? '';
}
