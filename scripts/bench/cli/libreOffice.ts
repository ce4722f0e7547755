import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { timed } from './timedRun';

/** A LibreOffice found on PATH, with a private profile so it never meets a running instance. */
export interface LibreOffice {
  readonly command: string;
  readonly version: string;
  /** Converts `xlsx` to CSV and returns the wall time in ms. */
  convert(xlsx: string): Promise<number>;
  dispose(): void;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/**
 * LibreOffice headless (Debian's libreoffice-calc-nogui), or null when neither `libreoffice` nor
 * `soffice` is installed. The first conversion, which builds the profile, is a warm-up on `warmUp`.
 */
export async function findLibreOffice(warmUp: string): Promise<LibreOffice | null> {
  const command = ['libreoffice', 'soffice'].find(onPath);
  if (!command) return null;
  const version = spawnSync(command, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const home = mkdtempSync(join(tmpdir(), 'uc-bench-lo-'));
  const convert = async (xlsx: string): Promise<number> => {
    const run = await timed(
      command,
      [
        `-env:UserInstallation=${pathToFileURL(join(home, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'csv',
        '--outdir',
        join(home, 'out'),
        xlsx,
      ],
      { cwd: home },
    );
    // soffice exits 0 even when it could not load the file: the CSV is the proof of work.
    const csv = join(home, 'out', `${basename(xlsx, extname(xlsx))}.csv`);
    if (run.exitCode !== 0 || !existsSync(csv))
      throw new Error(`LibreOffice did not convert ${xlsx} (${run.exitCode}): ${run.stderrTail}`);
    rmSync(join(home, 'out'), { recursive: true, force: true });
    return run.wallMs;
  };
  await convert(warmUp);
  return {
    command,
    version,
    convert,
    dispose: () => rmSync(home, { recursive: true, force: true }),
  };
}
