/**
 * Validates manifest.xml against Microsoft's published XSD (../shared/manifest-schema) with
 * xmllint, offline. When the schema folder or xmllint is missing, it says so and counts as skipped:
 * `office-addin-manifest validate` (npm run validate) needs the internet instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const SCHEMA = resolve(ROOT, '..', 'shared', 'manifest-schema', 'OfficeAppManifestV1_1.xsd');
export const MANIFEST = join(ROOT, 'manifest.xml');

export type Validation =
  | { readonly status: 'valid' }
  | { readonly status: 'invalid'; readonly output: string }
  | { readonly status: 'skipped'; readonly reason: string };

/** Whether xmllint can be started here. */
function hasXmllint(): boolean {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return probe.error === undefined && probe.status === 0;
}

/** Why the offline check cannot run here, or undefined when it can. */
export function skipReason(): string | undefined {
  if (!existsSync(SCHEMA)) return `manifest schema not found at ${SCHEMA}`;
  if (!hasXmllint()) return 'xmllint is not installed (Debian: apt-get install libxml2-utils)';
  return undefined;
}

/** Validates one manifest file against the schema, offline (--nonet). */
export function validateManifest(file: string = MANIFEST): Validation {
  const reason = skipReason();
  if (reason) return { status: 'skipped', reason };
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], {
    encoding: 'utf8',
  });
  return run.status === 0
    ? { status: 'valid' }
    : { status: 'invalid', output: `${run.stdout}${run.stderr}`.trim() };
}

function main(): number {
  const result = validateManifest();
  if (result.status === 'skipped') {
    process.stdout.write(`manifest.xml: offline validation SKIPPED: ${result.reason}\n`);
    return 0;
  }
  if (result.status === 'invalid') {
    process.stderr.write(`manifest.xml is NOT valid:\n${result.output}\n`);
    return 1;
  }
  process.stdout.write('manifest.xml validates against OfficeAppManifestV1_1.xsd (offline)\n');
  return 0;
}

if (require.main === module) process.exitCode = main();
