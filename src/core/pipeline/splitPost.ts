import type { Policy } from '../policy/types';

/** A 部门 + 职务 cell read apart ('学习部部长' → 学习部 + 部长; '主席' → 主席 alone). */
export interface Post {
  readonly department?: string;
  readonly title: string;
}

// What a department's name ends with: 学习部, 秘书处, 主席团, 青年志愿者服务中心, 办公室.
const DEPARTMENT_END = /(?:部|处|团|中心|室|会|队|组|办|委|社|站|科)$/;
const SEPARATOR = /\s+|[/|、·]/;

/** Every title the policy knows, longest first, so 副部长 is tried before 部长. */
export function knownTitles(titles: Policy['rules']['titles']): string[] {
  const all = new Set([
    ...titles.presidiumTitles,
    ...titles.headTitles,
    ...titles.staffTitles,
    ...titles.forbidden,
  ]);
  return [...all].sort((a, b) => b.length - a.length);
}

/** True when the text reads as a department's name (学习部, 主席团). */
export function isDepartmentName(text: string, titles: Policy['rules']['titles']): boolean {
  return DEPARTMENT_END.test(text) || titles.presidiumDepartments.includes(text);
}

/**
 * Splits '学习部部长', '秘书处 干事', '主席团主席', '文体部副部长' at a known title after a department
 * name; a bare title ('主席') is a title alone. Undefined when the text is neither: never guessed.
 */
export function splitPost(
  text: string,
  known: readonly string[],
  titles: Policy['rules']['titles'],
): Post | undefined {
  const value = text.trim();
  if (known.includes(value)) return { title: value };
  const parts = value.split(SEPARATOR).filter((p) => p !== '');
  if (parts.length === 2) {
    const [department = '', title = ''] = parts;
    if (known.includes(title) && isDepartmentName(department, titles)) return { department, title };
    return undefined;
  }
  for (const title of known) {
    if (!value.endsWith(title) || value.length === title.length) continue;
    const department = value.slice(0, -title.length);
    if (isDepartmentName(department, titles)) return { department, title };
  }
  return undefined;
}
