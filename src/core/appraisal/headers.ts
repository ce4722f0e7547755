import { t } from '../messages';
import type { Lang } from '../messages';

/** The fixed columns of a scoring form, in order, before the dimensions; then 总分. */
export const FORM_FIXED_KEYS = ['name', 'studentId', 'department', 'title'] as const;
export type FormFixedKey = (typeof FORM_FIXED_KEYS)[number];

/** The header text of a fixed column (姓名, 学号, 部门, 职务, 总分) in `lang`. */
export function headerText(key: FormFixedKey | 'total', lang: Lang): string {
  return t(`appraisal.header.${key}`, lang);
}

/** Summary headers that a dimension or group name must not repeat (table headers are unique). */
const SUMMARY_KEYS = ['seq', 'groupCount', 'aggregate', 'rank', 'band', 'exitSeq'] as const;

/** Every header name the forms and the summary use, in both languages. */
export function reservedHeaders(): ReadonlySet<string> {
  const keys = [...FORM_FIXED_KEYS, 'total', ...SUMMARY_KEYS] as const;
  const langs: Lang[] = ['zh', 'en'];
  return new Set(keys.flatMap((key) => langs.map((lang) => t(`appraisal.header.${key}`, lang))));
}
