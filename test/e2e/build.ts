/** Builds the browser-test pane (`webpack --env e2e`) into dist/e2e, as a child process. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const E2E_DIST = join(ROOT, 'dist', 'e2e');

/**
 * Runs webpack with the given `--env` flags (development mode unless E2E_MODE=production:
 * minifying Fluent UI and exceljs takes minutes on a small machine); resolves with `dist`, or
 * rejects with webpack's output when it fails.
 */
export function buildWith(envs: readonly string[], dist: string): Promise<string> {
  const mode = process.env.E2E_MODE === 'production' ? 'production' : 'development';
  return new Promise((resolve, reject) => {
    const webpack = join(ROOT, 'node_modules', '.bin', 'webpack');
    const args = [...envs.flatMap((e) => ['--env', e]), '--mode', mode, '--no-color'];
    const child = spawn(webpack, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(dist) : reject(new Error(`webpack failed (${code}):\n${output}`)),
    );
  });
}

/** The Excel pane's test page (`webpack --env e2e`) into dist/e2e. */
export function buildTestPane(): Promise<string> {
  return buildWith(['e2e'], E2E_DIST);
}
