import { t, type Lang, type MessageKey } from '../messages';
import { termLabel } from '../normalize/term';
import type { RuleWindow } from '../result';

/** Where a teacher reads the window, and so how to change it. */
export type WindowHost = 'cli' | 'pane' | 'report';

const CHANGE_KEY: Readonly<Record<WindowHost, MessageKey>> = {
  cli: 'summary.window.changeCli',
  pane: 'summary.window.changePane',
  report: 'summary.window.changeReport',
};

/**
 * '成绩排名、课业不及格检查范围：2024-2025-2、2025-2026-1（最近一个学年）', one line per distinct
 * window, then how to change it in `host` (the pane's setting labels, or the policy file's paths).
 */
export function windowLines(
  windows: readonly RuleWindow[],
  lang: Lang,
  host: WindowHost,
): string[] {
  if (windows.length === 0) return [];
  const groups = new Map<string, RuleWindow[]>();
  for (const w of windows) {
    const key = `${w.window}\u0000${w.terms.map(termLabel).join(',')}`;
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  const sep = lang === 'zh' ? '、' : ', ';
  const lines = [...groups.values()].map((group) => {
    const first = group[0]!;
    return t('summary.window', lang, {
      rule: group.map((w) => t(`rule.${w.code}.title`, lang)).join(sep),
      terms:
        first.terms.length > 0
          ? first.terms.map(termLabel).join(sep)
          : t('summary.window.noTerms', lang),
      window: t(`ui.window.${first.window}`, lang),
    });
  });
  const labels = windows.map((w) => t(`ui.settings.${w.code}.window`, lang)).join(sep);
  const paths = windows.map((w) => `rules.${w.code}.window`).join(sep);
  lines.push(t(CHANGE_KEY[host], lang, { labels, paths }));
  return lines;
}
