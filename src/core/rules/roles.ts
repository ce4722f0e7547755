import type { Policy } from '../policy/types';
import type { RoleKind } from '../result';
import { isPresidiumDepartment, labelSet, normalizeLabel } from './labels';

type KnownRole = 'presidium' | 'head' | 'staff';
const STRENGTH: Readonly<Record<KnownRole, number>> = { presidium: 3, head: 2, staff: 1 };

/** A prefix ending like this names an organisation unit: 文体部, 秘书处, 办公室, 学生会, 主席团. */
const UNIT_END = /(部|处|室|中心|团|会|组|队|站|社|委)$/;
/** Notes in brackets: 副部长（主持工作）, 干事【试用】; an unclosed bracket runs to the end. */
const NOTES = /\([^)]*\)?|\[[^\]]*\]?|【[^】]*】?|〔[^〕]*〕?/g;
/** Joints between two titles held at once: 副主席兼学习部部长, 部长/干事. */
const COMPOUND = /兼任|兼|[/、,;|&+]/;
/** Punctuation teachers put between unit and title: 文体部-部长. */
const JOINERS = /[-_·•:.]/g;

/** Classifies roster titles under one policy; build once per check, call per row. */
export type TitleClassifier = (
  title: string | undefined,
  department: string | undefined,
) => RoleKind;

/** A classifier with the policy's title lists normalised once. */
export function titleClassifier(policy: Policy): TitleClassifier {
  const lists = policy.rules.titles;
  const roles = new Map<string, KnownRole>();
  for (const t of labelSet(lists.staffTitles)) roles.set(t, 'staff');
  for (const t of labelSet(lists.headTitles)) roles.set(t, 'head');
  for (const t of labelSet(lists.presidiumTitles)) roles.set(t, 'presidium');
  const bySuffix = [...roles.keys()].sort((a, b) => b.length - a.length);
  const forbidden = [...labelSet(lists.forbidden)];
  const presidiumDepts = labelSet(lists.presidiumDepartments);

  const isUnitPrefix = (prefix: string, dept: string): boolean =>
    prefix === dept || UNIT_END.test(prefix) || (prefix.length >= 2 && dept.startsWith(prefix));

  const classifyPart = (part: string, dept: string): KnownRole | 'unknown' => {
    const exact = roles.get(part);
    if (exact) return exact;
    for (const title of bySuffix) {
      if (part.length <= title.length || !part.endsWith(title)) continue;
      const prefix = part.slice(0, -title.length);
      if (isPresidiumDepartment(prefix, presidiumDepts)) return 'presidium';
      if (isUnitPrefix(prefix, dept)) return roles.get(title) ?? 'unknown';
    }
    return 'unknown';
  };

  return (rawTitle, rawDept) => {
    const dept = normalizeLabel(rawDept);
    let title = normalizeLabel(rawTitle).replace(JOINERS, '');
    if (dept !== '' && title.startsWith(dept) && title.length > dept.length)
      title = title.slice(dept.length);
    if (forbidden.some((word) => title.includes(word))) return 'forbidden';
    const parts = title
      .replace(NOTES, '')
      .split(COMPOUND)
      .filter((part) => part !== '');
    const inPresidium = isPresidiumDepartment(dept, presidiumDepts);
    if (parts.length === 0) return inPresidium ? 'presidium' : 'unknown';
    const kinds = parts.map((part) => classifyPart(part, dept));
    let best: KnownRole = 'staff';
    for (const kind of kinds) {
      if (kind === 'unknown') return 'unknown';
      if (STRENGTH[kind] > STRENGTH[best]) best = kind;
    }
    return inPresidium ? 'presidium' : best;
  };
}

/**
 * The role a roster title gives (docs/RULES.md §2 titles): presidium by department or title,
 * department head, other member, a forbidden title (which wins over everything), or unknown
 * (reported, never guessed).
 * Compound titles are read too: 文体部部长, 副部长（主持工作）, 副主席兼学习部部长.
 */
export function classifyTitle(
  title: string | undefined,
  department: string | undefined,
  policy: Policy,
): RoleKind {
  return titleClassifier(policy)(title, department);
}
