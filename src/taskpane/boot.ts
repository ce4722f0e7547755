/**
 * What the pane checks before it starts, so a teacher never faces a blank page: office.js must
 * have loaded, and the page's engine must have what the bundle relies on. Plain DOM only: React
 * may be what cannot run.
 */
import { t, type Lang, type MessageKey } from '../core/messages';

/** How long office.js may take to appear (it is a script tag before ours; slow networks). */
export const OFFICE_WAIT_MS = 10_000;

/** Built-ins the bundle and its worker use, by the name a teacher's support would look up. */
const NEEDED: readonly [string, () => boolean][] = [
  ['Promise', () => typeof Promise === 'function'],
  ['TextDecoder', () => typeof TextDecoder === 'function'],
  ['Array.prototype.flatMap', () => typeof Array.prototype.flatMap === 'function'],
  ['Object.fromEntries', () => typeof Object.fromEntries === 'function'],
  ['globalThis', () => typeof globalThis === 'object'],
];

/** The built-ins this engine lacks (empty when it can run the pane). */
export function missingFeatures(): string[] {
  return NEEDED.filter(([, has]) => {
    try {
      return !has();
    } catch {
      return true;
    }
  }).map(([name]) => name);
}

/** Shows a start-up message in both languages, the teacher's first. */
export function showBootMessage(
  root: HTMLElement,
  key: MessageKey,
  params: Record<string, string> = {},
  lang: Lang = 'zh',
): void {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  root.replaceChildren(
    ...[lang, other].map((l) => {
      const p = document.createElement('p');
      p.lang = l === 'zh' ? 'zh-CN' : 'en';
      p.setAttribute('role', 'alert');
      p.style.cssText = 'margin:16px;font:14px/1.5 "Segoe UI","Microsoft YaHei",sans-serif';
      p.textContent = t(key, l, params);
      return p;
    }),
  );
}

/**
 * Resolves true once `loaded` says office.js is there (the entry asks whether `Office` exists), or
 * false after `ms` without it.
 */
export function waitForOffice(
  loaded: () => boolean,
  ms = OFFICE_WAIT_MS,
  step = 100,
): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const look = (): void => {
      if (loaded()) resolve(true);
      else if (Date.now() - started >= ms) resolve(false);
      else setTimeout(look, step);
    };
    look();
  });
}
