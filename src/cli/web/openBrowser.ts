import { spawn } from 'node:child_process';

/** The system's own way to open an address in the default browser. */
export function openCommand(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start` is a cmd built-in; its first quoted argument is a window title.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

/**
 * Asks the system to open `url`; resolves whether that could be started. The address is printed
 * either way, so a computer without a desktop browser still works.
 */
export function openBrowser(
  url: string,
  platform: NodeJS.Platform = process.platform,
): Promise<boolean> {
  const [command, args] = openCommand(platform, url);
  return new Promise((done) => {
    try {
      const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
      child.once('error', () => done(false));
      // xdg-open and open return at once, non-zero when nothing could open the address; a
      // command still running after a few seconds has found something to open it with.
      child.once('exit', (code) => done(code === 0));
      child.once('spawn', () => {
        child.unref();
        setTimeout(() => done(true), 3000).unref();
      });
    } catch {
      done(false);
    }
  });
}
