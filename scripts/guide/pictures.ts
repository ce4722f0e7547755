/**
 * Regenerates every picture of docs/用户指南.md from the current build:
 * the task pane's screenshots come from the browser test (run again unless the ones in
 * test-results/e2e are newer than the sources, or always with --e2e), the browser page's from its
 * own test (`npm run test:web`, test-results/web, the same rule), the appraisal forms from the
 * command line, LibreOffice and pdftoppm. Fails if a picture is missing or over 200 KB.
 *
 * Needs Debian's chromium, libreoffice (headless) and poppler-utils (pdftoppm, pdftotext, pdfinfo).
 */
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORM_PICTURES, formPictures } from './forms';
import { run } from './run';
import { SHOTS, shotsAreFresh, WEB_SHOTS } from './shots';

const ROOT = join(__dirname, '..', '..');
const SHOTS_DIR = join(ROOT, 'test-results', 'e2e');
const WEB_SHOTS_DIR = join(ROOT, 'test-results', 'web');
const IMAGES = join(ROOT, 'docs', 'images');
const SAMPLE = join(ROOT, 'assets', 'samples', '学生会名单与成绩.xlsx');
const MAX_BYTES = 200 * 1024;

function log(line: string): void {
  if (line.trim() !== '') process.stdout.write(`guide: ${line.trim()}\n`);
}

/** Copies the screenshots of one browser test (`test`), running it first unless they are fresh. */
async function screenshots(
  force: boolean,
  test: string,
  dir: string,
  shots: Readonly<Record<string, string>>,
): Promise<void> {
  if (!force && (await shotsAreFresh(ROOT, dir, shots))) {
    log(`${test}: screenshots are newer than the sources: reusing them`);
  } else {
    log(`running ${test} for the screenshots`);
    await run(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), test], ROOT);
  }
  for (const [from, to] of Object.entries(shots)) await copyFile(join(dir, from), join(IMAGES, to));
}

async function main(): Promise<void> {
  await mkdir(IMAGES, { recursive: true });
  const force = process.argv.includes('--e2e');
  await screenshots(force, 'test/e2e/run.ts', SHOTS_DIR, SHOTS);
  await screenshots(force, 'test/e2e/web/run.ts', WEB_SHOTS_DIR, WEB_SHOTS);
  log('building the command line (npm run build:cli)');
  await run(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
    ROOT,
  );
  const work = await mkdtemp(join(tmpdir(), 'guide-'));
  try {
    await formPictures(ROOT, SAMPLE, work, IMAGES, log);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const names = [
    ...Object.values(SHOTS),
    ...Object.values(WEB_SHOTS),
    ...Object.values(FORM_PICTURES),
  ];
  const sizes = await Promise.all(
    names.map(async (n) => ({ n, bytes: (await stat(join(IMAGES, n))).size })),
  );
  for (const { n, bytes } of sizes) log(`docs/images/${n}: ${(bytes / 1024).toFixed(0)} KB`);
  const big = sizes.filter((s) => s.bytes > MAX_BYTES);
  if (big.length > 0)
    throw new Error(`over ${MAX_BYTES / 1024} KB: ${big.map((s) => s.n).join(', ')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `guide: FAILED\n${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
