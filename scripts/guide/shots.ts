/** Which browser-test screenshots the guide shows, and under which name in docs/images. */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

/** test-results/e2e name → docs/images name. */
export const SHOTS: Readonly<Record<string, string>> = {
  'theme-light.png': 'pane-check.png',
  'finding-card.png': 'pane-finding.png',
  'pane-settings-top.png': 'pane-settings.png',
  'pane-appraisal.png': 'pane-appraisal.png',
  'theme-dark.png': 'pane-dark.png',
};

/** test-results/web name → docs/images name: the browser page's pictures (test/e2e/web/shots.ts). */
export const WEB_SHOTS: Readonly<Record<string, string>> = {
  'web-checked.png': 'web-check.png',
  'web-finding.png': 'web-finding.png',
  'web-appraisal.png': 'web-appraisal.png',
  'web-settings.png': 'web-settings.png',
};

/** The newest modification time under `dir` (recursively), for files ending in one of `ends`. */
async function newest(dir: string, ends: readonly string[]): Promise<number> {
  const { readdir } = await import('node:fs/promises');
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, await newest(path, ends));
    else if (ends.some((e) => entry.name.endsWith(e)))
      latest = Math.max(latest, (await stat(path)).mtimeMs);
  }
  return latest;
}

/**
 * Whether every screenshot of `shots` in `shotsDir` is newer than the sources and the browser
 * tests: then the pictures already show the current build and the test need not run again.
 */
export async function shotsAreFresh(
  root: string,
  shotsDir: string,
  shots: Readonly<Record<string, string>> = SHOTS,
): Promise<boolean> {
  const sources = Math.max(
    await newest(join(root, 'src'), ['.ts', '.tsx']),
    await newest(join(root, 'test', 'e2e'), ['.ts', '.tsx']),
  );
  for (const name of Object.keys(shots)) {
    const shot = await stat(join(shotsDir, name)).catch(() => undefined);
    if (!shot || shot.mtimeMs < sources) return false;
  }
  return true;
}
