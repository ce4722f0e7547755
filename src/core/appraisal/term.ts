import type { Lang } from '../messages';
import { t } from '../messages';
import type { TermKey } from '../records';

const TERM_PATTERN = /^(\d{4})\s*[-–—~至]\s*(\d{4})\s*[-–—_ ]\s*([123])$/;

/** `2025-2026-1` → 2025-2026学年第一学期 (or `2025-2026, term 1`); any other text is shown as typed. */
export function termLabel(term: string, lang: Lang): string {
  const match = TERM_PATTERN.exec(term.trim());
  if (!match) return term.trim();
  const [, from = '', to = '', n = '1'] = match;
  const nth =
    n === '3' ? 'appraisal.term.n3' : n === '2' ? 'appraisal.term.n2' : 'appraisal.term.n1';
  return t('appraisal.term.label', lang, { from, to, term: t(nth, lang) });
}

/** A TermKey as the `2025-2026-1` text teachers use. */
export function termKeyText(key: TermKey): string {
  return `${key.startYear}-${key.startYear + 1}-${key.term}`;
}
