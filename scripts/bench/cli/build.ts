import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure lib/ (the compiled CLI the bench runs) is not older than src/cli, src/core and src/read:
 * rebuilds with `npm run build:cli` otherwise. A type error elsewhere still leaves usable output
 * (tsc emits anyway), so only a missing lib/cli/main.js stops the bench.
 */
export function ensureCliBuilt(root: string, log: (line: string) => void): void {
  const main = join(root, 'lib', 'cli', 'main.js');
  const built = existsSync(main) ? statSync(main).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(join(root, 'src', 'cli')),
    newestMtime(join(root, 'src', 'core')),
    newestMtime(join(root, 'src', 'read')),
  );
  if (built >= sources) return;
  log('cli: lib/ is older than src/: npm run build:cli');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', 'build:cli'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0)
    log(`cli: build:cli reported errors:\n${(run.stdout + run.stderr).slice(-1500)}`);
  if (!existsSync(main)) throw new Error('lib/cli/main.js is missing after npm run build:cli');
}
