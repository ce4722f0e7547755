import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Converts `file` with LibreOffice headless to `filter` (e.g. `xls`, `html:HTML (StarCalc)`) and
 * returns the output path. Its own profile per call, so parallel workers never share a lock.
 */
export function libreOfficeConvert(file: string, filter: string, ext: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'uc-legacy-'));
  const profile = mkdtempSync(join(tmpdir(), 'uc-legacy-profile-'));
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
    { stdio: 'pipe', timeout: 180_000 },
  );
  const stem = basename(file).replace(/\.[^.]+$/, '');
  const out = readdirSync(outDir).find((f) => f === `${stem}.${ext}`);
  if (!out) throw new Error(`LibreOffice wrote no ${ext} for ${file}`);
  return join(outDir, out);
}
