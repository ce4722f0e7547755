/**
 * The check engine's worker (see spawnWorker.ts): collects the blocks the adapter reads and runs
 * the core, so the pane's thread only talks to Excel and paints progress.
 */
import type { EngineMessage, EngineRequest } from './protocol';
import { engineServer } from './serve';

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineMessage): void;
}

const scope = self as unknown as WorkerScope;
const serve = engineServer((response) => scope.postMessage(response));
scope.onmessage = (event) => serve(event.data);
