/** Running the tools the pictures come from, each a child process that must succeed. */
import { spawn } from 'node:child_process';

/** The Debian package that brings each external tool, for the message when one is missing. */
const DEBIAN: Readonly<Record<string, string>> = {
  libreoffice: 'libreoffice-calc-nogui',
  pdftoppm: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
};

/** Runs `command args` in `cwd`; rejects with its output when it fails or is missing. */
export function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (error) => {
      const apt = DEBIAN[command];
      const hint = apt ? ` (Debian: apt-get install ${apt})` : '';
      reject(new Error(`${command} could not start: ${error.message}${hint}`));
    });
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}
