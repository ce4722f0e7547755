import { t } from '../messages';
import type { Lang } from '../messages';
import { termLabel } from './term';

/** The title of a form or the summary: `{school}学生会{term}述职评议评分表`, parts left out when unknown. */
export function titleText(
  kind: 'form' | 'summary',
  school: string | undefined,
  term: string | undefined,
  lang: Lang,
): string {
  const termText = term ? termLabel(term, lang) : '';
  const params =
    lang === 'zh'
      ? { school: school ?? '', term: termText }
      : { school: school ? `${school} ` : '', term: termText ? ` (${termText})` : '' };
  return t(`appraisal.${kind}.title`, lang, params);
}

/** The school and term of the settings, for a form's spec (absent ones left out). */
export function titleParts(settings: { school?: string; term?: string }): {
  school?: string;
  term?: string;
} {
  return {
    ...(settings.school ? { school: settings.school } : {}),
    ...(settings.term ? { term: settings.term } : {}),
  };
}
