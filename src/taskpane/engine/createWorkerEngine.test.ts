import { createExcelGateway } from '../../excel/gateway';
import { gatewayFor } from '../../../test/excel/helpers';
import { schoolPolicy, schoolWorkbook } from '../../../test/excel/school';
import { createWorkerEngine, SLICE_CELLS, type EngineWorker } from './createWorkerEngine';
import type { EngineRequest, EngineResponse } from './protocol';
import { engineServer } from './serve';

/** A worker in this thread: messages are cloned and delivered later, as postMessage does. */
class FakeWorker implements EngineWorker {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly received: EngineRequest[] = [];
  private readonly serve = engineServer((response) =>
    setImmediate(() =>
      this.onmessage?.({ data: structuredClone(response) } as MessageEvent<EngineResponse>),
    ),
  );

  postMessage(message: EngineRequest): void {
    const copy = structuredClone(message);
    this.received.push(copy);
    setImmediate(() => this.serve(copy));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the engine in a worker', () => {
  it('gives the outcome and writes the report the in-process engine does, blocks in slices', async () => {
    const workers: FakeWorker[] = [];
    const double = schoolWorkbook({ rows: 40_000, members: 300, flagged: 20 });
    const inWorker = await createExcelGateway(double.excelRun, {
      engine: () =>
        createWorkerEngine(() => {
          const w = new FakeWorker();
          workers.push(w);
          return w;
        }, pause),
      now: () => new Date(2025, 11, 1, 9, 30),
    }).check({ policy: schoolPolicy(), lang: 'zh' });
    const here = schoolWorkbook({ rows: 40_000, members: 300, flagged: 20 });
    const inProcess = await gatewayFor(here).check({ policy: schoolPolicy(), lang: 'zh' });
    expect(inWorker).toEqual(inProcess);
    // The report was built in the worker: the same sheets, cell for cell, as built in this thread.
    // Tokens and sheet ids differ per run; what a teacher sees does not.
    const seen = (wb: typeof double) =>
      wb.snapshot().sheets.map((sh) => ({
        name: sh.name,
        cells: sh.cells,
        columnWidths: sh.columnWidths,
        merges: sh.merges,
        freeze: sh.freeze,
      }));
    expect(seen(double)).toEqual(seen(here));
    const report = seen(double).find((sh) => sh.name === inWorker.written?.reportSheet);
    expect(Object.keys(report?.cells ?? {}).length).toBeGreaterThan(20);
    const finish = workers[0]!.received.find((m) => m.kind === 'finish');
    expect(finish?.kind === 'finish' && finish.order?.names.report).toBe(
      inWorker.written?.reportSheet,
    );
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    const blocks = workers[0]!.received.filter((m) => m.kind === 'block');
    for (const b of blocks) {
      const cells = b.runs.reduce((n, r) => n + r.values.length * (r.values[0]?.length ?? 0), 0);
      expect(cells).toBeLessThanOrEqual(SLICE_CELLS + 6);
    }
    expect(blocks.length).toBeGreaterThan(1);
  });

  it('rejects finish with the fault when the engine breaks, and ends the worker', async () => {
    const worker = new FakeWorker();
    const engine = createWorkerEngine(() => worker, pause);
    engine.start(schoolPolicy(), []);
    // A block that is not a matrix breaks the engine (a bug, not bad input): posted directly.
    worker.postMessage({
      kind: 'block',
      sheet: 'x',
      r1: 2,
      runs: [{ c1: 1, values: null }],
    } as never);
    await expect(engine.finish()).rejects.toThrow(/null/);
    expect(worker.terminated).toBe(true);
  });

  it('ends the worker when a check stops early', () => {
    const worker = new FakeWorker();
    const engine = createWorkerEngine(() => worker, pause);
    engine.start(schoolPolicy(), []);
    engine.dispose();
    expect(worker.terminated).toBe(true);
  });
});
