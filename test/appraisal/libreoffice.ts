import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Whether a LibreOffice binary is on this machine (the round-trip tests need it). */
export function libreOfficeBinary(): string | undefined {
  return ['/usr/bin/libreoffice', '/usr/bin/soffice', '/usr/local/bin/libreoffice'].find((p) =>
    existsSync(p),
  );
}

/**
 * Opens `input` in LibreOffice headless and saves it as .xlsx in `outDir`: formulas without cached
 * values are calculated on load, so the saved copy carries LibreOffice's results. Each run gets its
 * own profile directory, so parallel runs do not fight over a lock.
 */
export function recalculate(input: string, outDir: string): Promise<string> {
  const binary = libreOfficeBinary();
  if (!binary) return Promise.reject(new Error('LibreOffice is not installed'));
  const profileDir = mkdtempSync(join(tmpdir(), 'uc-lo-profile-'));
  const profile = pathToFileURL(profileDir).href;
  const args = [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--convert-to',
    'xlsx',
    '--outdir',
    outDir,
    input,
  ];
  return new Promise((resolve, reject) => {
    execFile(binary, args, { timeout: 120_000 }, (error, _stdout, stderr) => {
      rmSync(profileDir, { recursive: true, force: true });
      const out = join(outDir, basename(input).replace(/\.xlsx$/i, '') + '.xlsx');
      if (error) reject(new Error(`LibreOffice failed: ${error.message} ${stderr}`));
      else if (!existsSync(out)) reject(new Error(`LibreOffice wrote nothing: ${stderr}`));
      else resolve(out);
    });
  });
}
