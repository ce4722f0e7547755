import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Converts `file` with LibreOffice headless and returns the output paths. Each call gets its own
 * profile directory so parallel test workers never fight over LibreOffice's lock.
 * CSV export writes every sheet (filter option token 12 = -1) as `<name>-<sheet>.csv`.
 */
export function convertWithLibreOffice(file: string, to: 'csv' | 'pdf' | 'xlsx'): string[] {
  const outDir = mkdtempSync(join(tmpdir(), 'uc-lo-'));
  const profile = mkdtempSync(join(tmpdir(), 'uc-lo-profile-'));
  const filter =
    to === 'csv'
      ? 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
      : to;
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const stem = basename(file).replace(/\.[^.]+$/, '');
  return readdirSync(outDir)
    .filter((f) => f.startsWith(stem))
    .map((f) => join(outDir, f));
}
