/**
 * `npm run package -- --url https://addin.school.edu.cn/union/ [--cdn 21vianet]`: the production build
 * of the task pane for that address, and one zip for the school's web server (out/). The manifest in
 * the zip is checked against Microsoft's schema offline when the schema is available.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { validateManifest } from '../test/manifest/validateOffline';
import { parsePackageArgs, PackageArgsError, type PackageArgs } from './deploy/packageArgs';
import { zipDist } from './deploy/zipDist';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');

/** The zip's path for this version and cloud. */
export function packagePath(version: string, cdn: PackageArgs['cdn']): string {
  const suffix = cdn === 'global' ? '' : `-${cdn}`;
  return join(ROOT, 'out', `union-compliance-${version}${suffix}.zip`);
}

function build(args: PackageArgs): Promise<void> {
  const webpack = join(ROOT, 'node_modules', '.bin', 'webpack');
  const argv = ['--mode', 'production', '--env', `url=${args.url}`, '--env', `cdn=${args.cdn}`];
  return new Promise((resolve, reject) => {
    // Errors and warnings only: IT needs the outcome, not webpack's module list.
    const quiet = ['--no-color', '--stats', 'errors-warnings'];
    const child = spawn(webpack, [...argv, ...quiet], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack failed (exit ${code})`)),
    );
  });
}

/** Builds, checks the manifest and writes the zip (to `zipPath`, else out/); returns its path. */
export async function makePackage(args: PackageArgs, zipPath?: string): Promise<string> {
  await build(args);
  const manifest = join(DIST, 'manifest.xml');
  const check = validateManifest(manifest);
  if (check.status === 'invalid')
    throw new Error(`dist/manifest.xml is not valid:\n${check.output}`);
  if (check.status === 'skipped')
    process.stdout.write(`manifest schema check SKIPPED: ${check.reason}\n`);
  else
    process.stdout.write(
      'dist/manifest.xml validates against OfficeAppManifestV1_1.xsd (offline)\n',
    );
  const webConfig = await readFile(join(__dirname, 'deploy', 'web.config'), 'utf8');
  const { zip, files } = await zipDist(DIST, { 'web.config': webConfig });
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const path = zipPath ?? packagePath(pkg.version, args.cdn);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, zip);
  process.stdout.write(
    `${path}: ${files.length} files, ${(zip.length / 1024 / 1024).toFixed(1)} MB, for ${args.url} (office.js: ${args.cdn})\n`,
  );
  return path;
}

async function main(): Promise<number> {
  let args: PackageArgs;
  try {
    args = parsePackageArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof PackageArgsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  await makePackage(args);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`package: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
