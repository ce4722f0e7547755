/** Where the keyboard focus is, and moving it with Tab until it reaches what a step wants. */
import type { Page } from 'playwright-core';

/** The focused element as a keyboard user meets it. */
export interface Focused {
  readonly tag: string;
  readonly role: string | null;
  /** aria-label, else the label a `<label for>` gives it, else its visible text. */
  readonly name: string;
  /** The name of the tab list it sits in, if any. */
  readonly tablist: string | null;
  readonly selected: boolean;
  /** `data-finding` and `data-ref` of a finding. */
  readonly finding: string | null;
  readonly ref: string | null;
}

/** The focused element (the page body when nothing is). */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = (document.activeElement ?? document.body) as HTMLElement;
    const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const name = el.getAttribute('aria-label') ?? labelled?.textContent ?? el.innerText ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: name.trim(),
      tablist: el.closest('[role="tablist"]')?.getAttribute('aria-label') ?? null,
      selected: el.getAttribute('aria-selected') === 'true',
      finding: el.dataset.finding ?? null,
      ref: el.dataset.ref ?? null,
    };
  });
}

/** “button 一键检查”, for logs and failure messages. */
export function describe(f: Focused): string {
  return `${f.role ?? f.tag} “${f.name.slice(0, 24)}”`;
}

/**
 * Presses `key` (Tab by default) until `wanted` holds for the focused element; fails after `most`
 * presses, listing the path the focus took. Returns the presses it took and the element.
 */
export async function tabTo(
  page: Page,
  what: string,
  wanted: (f: Focused) => boolean,
  most: number,
  key = 'Tab',
): Promise<{ presses: number; at: Focused }> {
  const path: string[] = [];
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press(key);
    const at = await focused(page);
    path.push(describe(at));
    if (wanted(at)) return { presses, at };
  }
  throw new Error(`${what}: not reached with ${most} × ${key}; focus went ${path.join(' → ')}`);
}
