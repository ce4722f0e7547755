import { memoByString } from './memo';

const NOT_CADRE = ['非学生会', '非骨干', '非干部', '普通', '学生代表', '同学'];
const CADRE = ['学生会', '骨干', '主席', '部长', '干事'];

const fromText = memoByString((raw: string): boolean | undefined => {
  const text = raw.normalize('NFKC').replace(/\s/g, '');
  if (text === '') return undefined;
  if (NOT_CADRE.some((w) => text.includes(w))) return false;
  if (CADRE.some((w) => text.includes(w))) return true;
  return undefined;
});

/**
 * Whether a delegate's 代表类别/身份 names a union cadre (学生会骨干, 主席, 部长 → true; 普通学生,
 * 学生代表, 非学生会 → false). Undefined otherwise: the roster decides (班干部 are not union cadres).
 */
export function cadreFromIdentity(text: string): boolean | undefined {
  return fromText(text);
}
