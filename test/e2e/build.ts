/** Builds the browser-test pane (`webpack --env e2e`) into dist/e2e, as a child process. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const E2E_DIST = join(ROOT, 'dist', 'e2e');

/**
 * Builds the test page (development mode unless E2E_MODE=production: minifying Fluent UI and
 * exceljs takes minutes on a small machine); rejects with webpack's output when it fails.
 */
export function buildTestPane(): Promise<string> {
  const mode = process.env.E2E_MODE === 'production' ? 'production' : 'development';
  return new Promise((resolve, reject) => {
    const webpack = join(ROOT, 'node_modules', '.bin', 'webpack');
    const child = spawn(webpack, ['--env', 'e2e', '--mode', mode, '--no-color'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(E2E_DIST) : reject(new Error(`webpack failed (${code}):\n${output}`)),
    );
  });
}
