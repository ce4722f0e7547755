/**
 * Tests that need a tool CI installs (LibreOffice, xmllint, the shared manifest schemas) go through
 * here, so that a machine without the tool shows them as skipped with the reason, and CI, which
 * installs every one of them, fails instead of passing quietly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export type Tool = 'libreoffice' | 'xmllint' | 'manifest-schemas';

const ROOT = resolve(__dirname, '..', '..');
const SCHEMAS = resolve(ROOT, '..', 'shared', 'manifest-schema', 'OfficeAppManifestV1_1.xsd');

function runs(command: string, args: readonly string[]): boolean {
  const probe = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  return probe.error === undefined && probe.status === 0;
}

const PROBES: Readonly<Record<Tool, () => string | undefined>> = {
  libreoffice: () =>
    ['/usr/bin/libreoffice', '/usr/bin/soffice', '/usr/local/bin/libreoffice'].some((p) =>
      existsSync(p),
    )
      ? undefined
      : 'LibreOffice is not installed (Debian: apt-get install libreoffice-calc-nogui)',
  xmllint: () =>
    runs('xmllint', ['--version'])
      ? undefined
      : 'xmllint is not installed (Debian: apt-get install libxml2-utils)',
  'manifest-schemas': () =>
    existsSync(SCHEMAS) ? undefined : `the manifest schemas are not at ${SCHEMAS} (../shared)`,
};

const known = new Map<Tool, string | undefined>();

/** Why a tool cannot be used here, or undefined when it can (probed once per test file). */
export function missing(tool: Tool): string | undefined {
  if (!known.has(tool)) known.set(tool, PROBES[tool]());
  return known.get(tool);
}

/** Whether CI runs these tests: there every tool is installed, so a missing one is a failure. */
export function underCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

function reasonFor(tools: readonly Tool[]): string | undefined {
  const reasons = tools.map(missing).filter((r): r is string => r !== undefined);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/**
 * `describe` when every tool is here; otherwise `describe.skip` with the reason in its title, or,
 * under CI, one failing test that names what is missing.
 */
export function describeWith(tools: readonly Tool[], title: string, body: () => void): void {
  const reason = reasonFor(tools);
  if (reason === undefined) describe(title, body);
  else if (underCi())
    describe(title, () => {
      it(`needs ${tools.join(', ')}`, () => {
        throw new Error(`CI installs it, but here ${reason}`);
      });
    });
  else describe.skip(`${title} — SKIPPED: ${reason}`, body);
}

/** `it` when every tool is here; otherwise `it.skip` with the reason, or a failure under CI. */
export function itWith(
  tools: readonly Tool[],
  title: string,
  body: jest.ProvidesCallback,
  timeout?: number,
): void {
  const reason = reasonFor(tools);
  if (reason === undefined) it(title, body, timeout);
  else if (underCi())
    it(title, () => {
      throw new Error(`CI installs ${tools.join(', ')}, but here ${reason}`);
    });
  else it.skip(`${title} — SKIPPED: ${reason}`, body, timeout);
}
