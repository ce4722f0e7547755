import { createExcelGateway } from '../../excel/gateway';
import { gatewayFor } from '../../../test/excel/helpers';
import { schoolPolicy, schoolWorkbook } from '../../../test/excel/school';
import { sampleDouble, samplePolicy, settingsOf } from '../../../test/excel/appraisalFixture';
import { createWorkerEngine, SLICE_CELLS, type EngineWorker } from './createWorkerEngine';
import type { EngineMessage, EngineRequest } from './protocol';
import { engineServer } from './serve';
import type { Row } from '../../core/cells';
import { checkSheets } from '../../core/pipeline';
import type { SheetGrid } from '../../core/tables';
import { gridFile, holdImports } from '../../../test/taskpane/support/heldImport';

/** A worker in this thread: messages are cloned and delivered later, as postMessage does. */
class FakeWorker implements EngineWorker {
  onmessage: ((event: MessageEvent<EngineMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly received: EngineRequest[] = [];
  private readonly serve = engineServer((response) =>
    setImmediate(() =>
      this.onmessage?.({ data: structuredClone(response) } as MessageEvent<EngineMessage>),
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

  it('answers heads, the review and the finish in order, from one session', async () => {
    const worker = new FakeWorker();
    const engine = createWorkerEngine(() => worker, pause);
    engine.start(schoolPolicy());
    const roster = engine.head({ sheet: '名单' }, 1, [
      ['学生会名单'],
      ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'],
      ['甲', '202301', '软件技术', '2023级', '学习部', '干事', '共青团员'],
    ]);
    const other = engine.head({ file: 'b.xlsx', sheet: '备注' }, 1, [['备注'], ['无']]);
    const review = engine.review();
    expect((await roster).map((t) => [t.kind, t.headerRow])).toEqual([['roster', 2]]);
    expect(await other).toEqual([]);
    expect((await review).mappings.map((m) => m.sheet)).toEqual(['名单']);
    engine.notice({
      severity: 'warning',
      messageKey: 'excel.marksUnreadable',
      params: { sheet: '名单' },
    });
    await engine.pushRows(undefined, '名单', 4, [
      ['乙', '202302', '软件技术', '2023级', '学习部', '干事', '共青团员'],
    ]);
    const finished = await engine.finish();
    if (!finished.outcome.ok) throw new Error('expected a result');
    expect(finished.outcome.value.members.map((m) => m.member.name)).toEqual(['甲', '乙']);
    // The reader's note first, as the session orders notes.
    expect(finished.outcome.value.issues[0]?.messageKey).toBe('excel.marksUnreadable');
    expect(worker.received.map((m) => m.kind)).toEqual([
      'start',
      'head',
      'head',
      'review',
      'notice',
      'rows',
      'finish',
    ]);
    expect(worker.terminated).toBe(true);
  });

  it('reads an imported file in the worker: the rows after its heads, in order, with progress', async () => {
    const roster: Row[] = [
      ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'],
      ...Array.from({ length: 5 }, (_, i) => [
        `学生${i}`,
        `20230${i}`,
        '软件技术',
        '2023级',
        '学习部',
        '干事',
        '共青团员',
      ]),
    ];
    const grades: SheetGrid = {
      sheet: '成绩',
      rows: [
        ['学年', '学期', '课程名称', '学分', '学号', '成绩'],
        ...Array.from({ length: 90 }, (_, i) => [
          '2024-2025',
          1,
          `课程${Math.floor(i / 5)}`,
          2,
          `20230${i % 5}`,
          // The only fail is far past the heads the pane holds.
          i === 88 ? 30 : 85,
        ]),
      ],
    };
    const { held } = await holdImports([await gridFile('成绩.xlsx', grades)]);
    const worker = new FakeWorker();
    const engine = createWorkerEngine(() => worker, pause);
    engine.start(schoolPolicy());
    void engine.head({ sheet: '名单' }, 1, roster);
    for (const g of held[0]!.heads)
      void engine.head({ file: '成绩.xlsx', sheet: g.sheet }, 1, g.rows);
    await engine.review();
    const told: number[] = [];
    const read = engine.pushFile(held[0]!, (done) => told.push(done));
    // Asked at once: the worker must finish reading the file before it answers this.
    const finished = engine.finish();
    expect(await read).toBeUndefined();
    const { outcome } = await finished;
    const memory = checkSheets(
      [
        { sheet: '名单', rows: roster },
        { ...grades, file: '成绩.xlsx' },
      ],
      schoolPolicy(),
    );
    if (!outcome.ok || !memory.ok) throw new Error('expected results');
    expect(outcome.value.findings).toEqual(memory.value.findings);
    expect(outcome.value.findings.some((f) => f.code === 'failed')).toBe(true);
    expect(told[told.length - 1]).toBe(held[0]!.picked.blob.size);
    expect(worker.received.map((m) => m.kind)).toEqual([
      'start',
      'head',
      'head',
      'review',
      'file',
      'finish',
    ]);
  });

  it('builds the appraisal forms in the worker, as in this thread', async () => {
    const workers: FakeWorker[] = [];
    const options = { policy: samplePolicy(), settings: settingsOf(), lang: 'zh' as const };
    const double = await sampleDouble();
    const inWorker = await createExcelGateway(double.excelRun, {
      engine: () =>
        createWorkerEngine(() => {
          const w = new FakeWorker();
          workers.push(w);
          return w;
        }, pause),
    }).appraisal(options);
    const here = await sampleDouble();
    const inProcess = await gatewayFor(here).appraisal(options);
    expect(inWorker.status).toBe('generated');
    expect(inWorker).toEqual(inProcess);
    const cells = (wb: typeof double) => wb.snapshot().sheets.map((sh) => [sh.name, sh.cells]);
    expect(cells(double)).toEqual(cells(here));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received.map((m) => m.kind)).toContain('finishAppraisal');
    expect(workers[0]!.terminated).toBe(true);
  });

  it('rejects every waiting answer when the worker itself fails', async () => {
    const worker = new FakeWorker();
    const engine = createWorkerEngine(() => worker, pause);
    engine.start(schoolPolicy());
    const head = engine.head({ sheet: 'a' }, 1, [['x']]);
    worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(head).rejects.toThrow('out of memory');
    await expect(engine.review()).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
  });

  it('rejects finish with the fault when the engine breaks, and ends the worker', async () => {
    const worker = new FakeWorker();
    const engine = createWorkerEngine(() => worker, pause);
    engine.start(schoolPolicy());
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
    engine.start(schoolPolicy());
    engine.dispose();
    expect(worker.terminated).toBe(true);
  });
});
