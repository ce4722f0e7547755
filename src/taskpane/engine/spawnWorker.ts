/**
 * Starts the engine worker. webpack 5 turns this `new Worker(new URL(…, import.meta.url))` into a
 * worker chunk served beside the pane (same origin: the CSP's `worker-src 'self'`, no blob:, no
 * eval). Kept alone in this file: tsc's CommonJS setting does not know `import.meta`, and jest
 * (CommonJS) must never load it; the pane's entry imports it, tests use createWorkerEngine.
 */
import type { EngineWorker } from './createWorkerEngine';

/** A new engine worker. */
export function spawnEngineWorker(): EngineWorker {
  // @ts-expect-error -- import.meta is resolved by webpack at build time; tsc checks as CommonJS.
  return new Worker(new URL('./worker.ts', import.meta.url), { name: 'engine' });
}
