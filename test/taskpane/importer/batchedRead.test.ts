import ExcelJS from 'exceljs';
import {
  BatchAssembler,
  readBatched,
  ROWS_PER_BATCH,
  type BatchMessage,
} from '../../../src/taskpane/importer/batchedRead';
import { createWorkerReader } from '../../../src/taskpane/importer/createReader';
import { readImport } from '../../../src/taskpane/importer/readImport';
import type { ImportResult, PickedFile } from '../../../src/taskpane/importer/types';

/** A workbook with a title, a gap, more rows than one batch holds, and a second, hidden sheet. */
async function bigWorkbook(rows: number): Promise<PickedFile> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('成绩');
  ws.getCell('A1').value = '2024 学年成绩';
  ws.getRow(3).values = ['学号', '课程名称', '成绩'];
  for (let i = 0; i < rows; i++)
    ws.getRow(4 + i).values = [`2024${String(i % 700).padStart(4, '0')}`, `课程${i % 40}`, i % 100];
  ws.getCell(`B${rows + 10}`).value = '制表：教务处';
  const notes = wb.addWorksheet('说明');
  notes.state = 'hidden';
  notes.getCell('C2').value = '注';
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { name: '成绩.xlsx', blob: new Blob([bytes]) };
}

function assemble(messages: readonly BatchMessage[]): ImportResult[] {
  const assembler = new BatchAssembler();
  let results: readonly ImportResult[] = [];
  for (const m of messages) {
    if (m.kind === 'rows') assembler.add(m.file, m.sheet, m.rows);
    if (m.kind === 'done') results = m.results;
  }
  return assembler.finish(results);
}

describe('readBatched with BatchAssembler', () => {
  it('gives the same files as readImport, though the rows came in several batches', async () => {
    const rows = ROWS_PER_BATCH * 2 + 123;
    const file = await bigWorkbook(rows);
    const broken: PickedFile = {
      name: '坏.xlsx',
      blob: new Blob([new Uint8Array([0x50, 0x4b, 3, 4])]),
    };
    const messages: BatchMessage[] = [];
    await readBatched([file, broken], (m) => messages.push(m));

    const batches = messages.filter((m) => m.kind === 'rows');
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...batches.map((m) => m.rows.length))).toBeLessThanOrEqual(ROWS_PER_BATCH);
    expect(await Promise.all([readImport(file), readImport(broken)])).toEqual(assemble(messages));

    const progress = messages.flatMap((m) => (m.kind === 'progress' ? [m.progress] : []));
    const total = file.blob.size + broken.blob.size;
    expect(progress[0]).toEqual({ done: 0, total, rows: 0 });
    // Every row with a value counts: the title, the head, the grades, the footer, the hidden note.
    expect(progress[progress.length - 1]).toEqual({ done: total, total, rows: rows + 4 });
    expect(messages[messages.length - 1]?.kind).toBe('done');
  });
});

describe('readBatched with keepRows (the heads the pane holds for a check)', () => {
  it('sends each sheet only up to that row, yet reads, counts and checks the whole file', async () => {
    const rows = ROWS_PER_BATCH + 500;
    const file = await bigWorkbook(rows);
    const messages: BatchMessage[] = [];
    await readBatched([file], (m) => messages.push(m), { keepRows: 60 });
    const results = assemble(messages);
    const whole = await readImport(file);
    if (!results[0]?.ok || !whole.ok) throw new Error('expected the workbook to be read');
    const [grades] = results[0].file.sheets;
    expect(grades?.rows).toEqual(whole.file.sheets[0]?.rows.slice(0, 60));
    // The count is the whole file's: the pane lists "n 行" from it.
    expect(results[0].file.rows).toBe(whole.file.rows);
    const progress = messages.flatMap((m) => (m.kind === 'progress' ? [m.progress] : []));
    expect(progress[progress.length - 1]?.rows).toBe(rows + 4);
  });

  it('marks the sheets of displayed-text files, as the whole read does', async () => {
    const csv: PickedFile = {
      name: '成绩.csv',
      blob: new Blob(['学号,成绩\n202300101012346000,80\n']),
    };
    const messages: BatchMessage[] = [];
    await readBatched([csv], (m) => messages.push(m), { keepRows: 60 });
    const [result] = assemble(messages);
    expect(result?.ok && result.file.sheets[0]?.displayed).toBe(true);
  });
});

/** A Worker stand-in: records what the reader posts and whether it was ended. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('createWorkerReader', () => {
  const saved = (globalThis as { Worker?: unknown }).Worker;
  beforeEach(() => {
    FakeWorker.made = [];
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  });
  afterAll(() => {
    (globalThis as { Worker?: unknown }).Worker = saved;
  });
  const file: PickedFile = { name: 'a.csv', blob: new Blob(['学号\n1\n']) };

  it('tells progress, puts the batches together, and answers with the files', async () => {
    const heard: unknown[] = [];
    const answer = createWorkerReader('w.js')([file], { onProgress: (p) => heard.push(p) });
    const worker = FakeWorker.made[0]!;
    const { id } = worker.posted[0] as { id: number };
    const send = (data: object) => worker.onmessage?.({ data: { ...data, id } });
    send({ kind: 'progress', progress: { done: 3, total: 9, rows: 1 } });
    send({ kind: 'rows', file: 0, sheet: 0, rows: [['学号']] });
    send({ kind: 'rows', file: 0, sheet: 0, rows: [[1]] });
    const sheet = { file: 'a.csv', sheet: 'a', rows: [], firstRow: 1, hidden: false };
    send({
      kind: 'done',
      results: [{ ok: true, file: { name: 'a.csv', sheets: [sheet], rows: 2 } }],
    });
    const [result] = await answer;
    expect(heard).toEqual([{ done: 3, total: 9, rows: 1 }]);
    expect(result?.ok && result.file.sheets[0]?.rows).toEqual([['学号'], [1]]);
  });

  it('ends the worker on 取消, rejects with an AbortError, and starts a fresh one next time', async () => {
    const read = createWorkerReader('w.js');
    const controller = new AbortController();
    const answer = read([file], { signal: controller.signal });
    controller.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    void read([file]);
    expect(FakeWorker.made).toHaveLength(2);
  });
});
