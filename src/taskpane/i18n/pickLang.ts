import type { Lang } from '../../core/messages';

/**
 * The pane's language from Office's display language (`zh-CN`, `en-US`, ...): Chinese for every
 * Chinese locale, English for every other, since the catalogue has only the two.
 */
export function pickLang(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return 'zh';
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
