import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Configuration, Stats } from 'webpack';
import { filesUnder, ROOT } from './files';

type MakeConfig = (
  env: Record<string, string | boolean>,
  argv: { mode?: string },
) => Promise<Configuration>;

const newest = (paths: readonly string[]) =>
  Math.max(...paths.map((p) => statSync(join(ROOT, p)).mtimeMs));

/**
 * `dist/` when it holds a production build newer than every source file and the build config
 * (`npm run build` ran since the last edit; webpack writes LICENSE files only in production);
 * otherwise a fresh production build into a temporary folder. `UC_BUNDLE_DIR` names a build to use.
 */
export async function productionBuild(): Promise<string> {
  const given = process.env.UC_BUNDLE_DIR;
  if (given) return given;
  const dist = join(ROOT, 'dist');
  const marker = join(dist, 'taskpane.js.LICENSE.txt');
  const inputs = [
    ...filesUnder('src', /\.(ts|tsx|html)$/),
    'webpack.config.js',
    'scripts/webpack/noCodeFromText.js',
    'package-lock.json',
  ];
  if (
    existsSync(marker) &&
    existsSync(join(dist, 'taskpane.html')) &&
    statSync(join(dist, 'taskpane.js')).mtimeMs > newest(inputs)
  )
    return dist;
  const out = mkdtempSync(join(tmpdir(), 'uc-bundle-'));
  const require = createRequire(__filename);
  const webpack = require('webpack') as (
    c: Configuration,
    cb: (e: Error | null, s?: Stats) => void,
  ) => void;
  const config = await (require(join(ROOT, 'webpack.config.js')) as MakeConfig)({}, {});
  await new Promise<void>((resolve, reject) =>
    webpack(
      { ...config, context: ROOT, output: { ...config.output, path: out, clean: false } },
      (error, stats) =>
        error || stats?.hasErrors()
          ? reject(error ?? new Error(stats?.toString('errors-only')))
          : resolve(),
    ),
  );
  return out;
}
