/** Builds the browser page alone (`webpack --env web`) into dist/web-e2e, as a child process. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../build';

export const WEB_DIST = join(ROOT, 'dist', 'web-e2e');

/** Development mode unless E2E_MODE=production (minifying takes minutes on a small machine). */
export function buildWebPage(): Promise<string> {
  const mode = process.env.E2E_MODE === 'production' ? 'production' : 'development';
  return new Promise((resolve, reject) => {
    const webpack = join(ROOT, 'node_modules', '.bin', 'webpack');
    const child = spawn(webpack, ['--env', 'web', '--mode', mode, '--no-color'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(WEB_DIST) : reject(new Error(`webpack failed (${code}):\n${output}`)),
    );
  });
}
