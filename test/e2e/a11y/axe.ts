/**
 * axe-core against the pane as it stands. The script is served as if it were one of the pane's own
 * files (the page's CSP allows only 'self' scripts, so an inline tag would be refused), and the
 * page keeps its real CSP: axe runs under the same policy as the product.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue } from 'axe-core';
import { ROOT } from '../build';

const AXE_PATH = '/__axe.min.js';
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
/**
 * Tabster's focus sentinels (`<i data-tabster-dummy tabindex=0 aria-hidden>`), which Fluent puts
 * around every arrow-key group: focusable and hidden on purpose, they pass focus on at once and a
 * screen reader must not announce them. Fluent and Tabster list the axe report on them
 * (aria-hidden-focus) as a known false positive (microsoft/fluentui#27517, microsoft/tabster#288).
 */
const TABSTER_SENTINELS = '[data-tabster-dummy]';
/** Impacts that fail the test; moderate and minor are printed only. */
const BLOCKING: readonly ImpactValue[] = ['critical', 'serious'];

/** One violation, short enough to read in a CI log. */
export interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

let source: Promise<string> | undefined;
const routed = new WeakSet<Page>();

async function inject(page: Page): Promise<void> {
  const has = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (has) return;
  source ??= readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const body = await source;
  const url = new URL(AXE_PATH, page.url()).href;
  // Registered after the runner's guard, so it answers first; only this one path. A reload keeps
  // the route but not the script.
  if (!routed.has(page)) {
    await page.route(url, (route) => route.fulfill({ body, contentType: 'text/javascript' }));
    routed.add(page);
  }
  await page.addScriptTag({ url });
}

/** Runs axe on the whole page; returns every violation (all impacts). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await inject(page);
  const results = await page.evaluate(async (exclude) => {
    type Run = (context: { exclude: string[] }) => Promise<AxeResults>;
    const axe = (window as unknown as { axe: { run: Run } }).axe;
    const run = await axe.run({ exclude: [exclude] });
    return run.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'minor',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, TABSTER_SENTINELS);
  return results;
}

/** “critical 0, serious 0, moderate 2, minor 1”. */
export function countLine(violations: readonly Violation[]): string {
  return IMPACTS.map(
    (impact) => `${impact} ${violations.filter((v) => v.impact === impact).length}`,
  ).join(', ');
}

/**
 * axe on the page now: logs the counts by impact (and what the non-blocking ones are), fails
 * on any serious or critical violation, naming the rule and the elements.
 */
export async function assertAccessible(
  page: Page,
  where: string,
  log: (line: string) => void,
): Promise<void> {
  const violations = await axeViolations(page);
  log(`axe on ${where}: ${countLine(violations)}`);
  for (const v of violations.filter((x) => !BLOCKING.includes(x.impact as ImpactValue)))
    log(`  ${v.impact} ${v.id}: ${v.help} (${v.targets.join('; ')})`);
  const blocking = violations.filter((v) => BLOCKING.includes(v.impact as ImpactValue));
  assert.deepEqual(
    blocking.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join('; ')}`),
    [],
    `axe on ${where}: serious or critical violations`,
  );
}
