import { spawn } from 'node:child_process';
import {
  promises as fsp,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputFileError } from '../../../src/cli/io/errors';
import { writeWorkbookModel } from '../../../src/cli/io/writeWorkbook';
import type { WorkbookModel } from '../../../src/core/report/sheetModel';

const LIB_WRITER = join(__dirname, '..', '..', '..', 'lib', 'cli', 'io', 'writeWorkbook.js');
const root = mkdtempSync(join(tmpdir(), 'uc-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

/** A model of `rows` rows of eight text cells. */
function model(rows: number): WorkbookModel {
  const body = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 8 }, (__, c) => ({
      value: `${r}-${c}-${'x'.repeat(20 + ((r * 7 + c) % 13))}`,
    })),
  );
  return { sheets: [{ name: 'S', rows: body }] };
}

/** A folder holding an earlier report (not a zip, so the bytes are easy to compare). */
function withOldReport(name: string): { dir: string; out: string; old: Buffer } {
  const dir = join(root, name);
  mkdirSync(dir);
  const out = join(dir, '报告.xlsx');
  const old = Buffer.from('the report from last week');
  writeFileSync(out, old);
  return { dir, out, old };
}

describe('writing a report replaces the old one whole or not at all', () => {
  it('a new report replaces the old one, and nothing else is left in the folder', async () => {
    const { dir, out } = withOldReport('replace');
    await writeWorkbookModel({ sheets: [{ name: 'S', rows: [[{ value: 'new' }]] }] }, out);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['报告.xlsx']);
  });

  it('a failure while the bytes are written (disk full) keeps the old report and removes the temporary file', async () => {
    const { dir, out, old } = withOldReport('half');
    let chunks = 0;
    let tempSeen: string[] = [];
    const error: unknown = await writeWorkbookModel(model(50), out, {
      afterChunk: () => {
        chunks += 1;
        tempSeen = readdirSync(dir);
        return Promise.reject(Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' }));
      },
    }).catch((e: unknown) => e);
    expect(chunks).toBe(1);
    expect(tempSeen).toHaveLength(2);
    expect(error).toBeInstanceOf(OutputFileError);
    expect((error as OutputFileError).params).toEqual({ file: out, reason: 'ENOSPC' });
    expect(readFileSync(out)).toEqual(old);
    expect(readdirSync(dir)).toEqual(['报告.xlsx']);
  });

  it('a report held open by Excel or WPS (rename refused, as on Windows) keeps the old one', async () => {
    const { dir, out, old } = withOldReport('busy');
    jest
      .spyOn(fsp, 'rename')
      .mockRejectedValue(Object.assign(new Error('EBUSY: injected'), { code: 'EBUSY' }));
    const error: unknown = await writeWorkbookModel(model(10), out).catch((e: unknown) => e);
    expect((error as OutputFileError).messageKey).toBe('io.writeBusy');
    expect(readFileSync(out)).toEqual(old);
    expect(readdirSync(dir)).toEqual(['报告.xlsx']);
  });

  it('an input that appears at the target while writing is still not replaced', async () => {
    const { dir, out } = withOldReport('late-input');
    const input = join(dir, '名单.xlsx');
    writeFileSync(input, 'roster');
    const error: unknown = await writeWorkbookModel(model(10), out, {
      inputs: [input],
      afterChunk: async () => {
        await fsp.rm(out);
        await fsp.link(input, out);
      },
    }).catch((e: unknown) => e);
    expect((error as OutputFileError).messageKey).toBe('io.out.isInput');
    expect(readFileSync(input, 'utf8')).toBe('roster');
    expect(readdirSync(dir).sort()).toEqual(['名单.xlsx', '报告.xlsx']);
  });
});

/** Runs the built writer in a child that stops after its first chunk and says so; then signals it. */
async function interruptedWrite(
  out: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; stderr: string; tempWhilePaused: string[] }> {
  const script = join(root, 'slowWriter.js');
  writeFileSync(
    script,
    `const { writeWorkbookModel } = require(${JSON.stringify(LIB_WRITER)});
const rows = Array.from({ length: 50 }, (_, r) => Array.from({ length: 8 }, (__, c) => ({ value: r + '-' + c + '-' + 'x'.repeat(20 + ((r * 7 + c) % 13)) })));
setInterval(() => {}, 1000); // keeps the child alive while the write is paused
writeWorkbookModel({ sheets: [{ name: 'S', rows }] }, process.argv[2], {
  afterChunk: () => { process.stdout.write('paused\\n'); return new Promise(() => {}); },
});
`,
  );
  const child = spawn(process.execPath, [script, out], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let tempWhilePaused: string[] = [];
  child.stdout.on('data', (d: Buffer) => {
    if (!d.toString().includes('paused')) return;
    tempWhilePaused = readdirSync(join(out, '..')).filter((f) => f.endsWith('.tmp'));
    child.kill(signal);
  });
  return { code: await exited, stderr, tempWhilePaused };
}

describe('Ctrl+C or SIGTERM while a report is written', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s: the old report stays byte for byte, no temporary file is left, one line says so, exit %i',
    async (signal, code) => {
      const { dir, out, old } = withOldReport(`signal-${signal}`);
      const run = await interruptedWrite(out, signal);
      expect(run.tempWhilePaused).toHaveLength(1);
      expect(run.code).toBe(code);
      expect(readFileSync(out)).toEqual(old);
      expect(readdirSync(dir)).toEqual(['报告.xlsx']);
      expect(run.stderr).toBe(
        `写入「${out}」时被中断，未写完的临时文件已删除，原有的「${out}」（如有）没有改动。 Interrupted while writing "${out}": the unfinished temporary file was removed and any existing "${out}" is unchanged.\n`,
      );
    },
  );
});
