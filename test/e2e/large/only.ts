/**
 * Only the school-scale step of the browser test, for looking into the pane's long tasks without
 * the whole scenario: `npx tsx test/e2e/large/only.ts` (E2E_SCHOOL_ROWS, E2E_PROFILE as in run.ts).
 */
import { chromium } from 'playwright-core';
import { buildTestPane } from '../build';
import { serveDir } from '../serve';
import { largeCheck, SCHOOL_ROWS } from './largeCheck';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const dist = await buildTestPane();
  const server = await serveDir(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const log = (line: string): void => void process.stdout.write(`large ${line}\n`);
    await largeCheck(browser, server.origin, { rows: SCHOOL_ROWS, log });
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  () => process.stdout.write('large PASSED\n'),
  (error: unknown) => {
    process.stderr.write(
      `large FAILED: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
