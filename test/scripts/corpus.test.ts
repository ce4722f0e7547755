import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { CorpusCase } from '../../scripts/samples/corpus/types';
import {
  caseProblems,
  corpusCases,
  expectFile,
  MAX_CORPUS_FILE,
} from '../../scripts/samples/corpus';

const DIR = join(__dirname, '..', 'samples');
const files = readdirSync(DIR).filter((f) => f !== 'README.md');
const expectFiles = files.filter((f) => f.endsWith('.expect.json'));
const inputFiles = files.filter((f) => !f.endsWith('.expect.json'));
const read = (name: string): Buffer => readFileSync(join(DIR, name));

interface Expect {
  inputs: string[];
  exitCode: number;
  messageIncludes?: string[];
  members?: Record<string, { status: string }>;
}
const expects = expectFiles.map((f) => ({ f, e: JSON.parse(read(f).toString('utf8')) as Expect }));

let cases: CorpusCase[] = [];
beforeAll(async () => {
  cases = await corpusCases();
});

describe('test/samples', () => {
  it('names every input in exactly one expect file, and only existing files', () => {
    const named = expects.flatMap(({ e }) => e.inputs);
    expect([...named].sort()).toEqual([...inputFiles].sort());
    expect(new Set(named).size).toBe(named.length);
  });

  it('keeps every file under 30 KB', () => {
    const big = files.filter((f) => statSync(join(DIR, f)).size > MAX_CORPUS_FILE);
    expect(big).toEqual([]);
  });

  it('rejects every error.* input with exit 2 and a message to look for', () => {
    for (const { f, e } of expects) {
      const isError = e.inputs.some((i) => i.startsWith('error.'));
      expect({ f, exit: e.exitCode === 2 }).toEqual({ f, exit: isError });
      if (isError) expect(e.messageIncludes?.length ?? 0).toBeGreaterThan(0);
      else expect(Object.keys(e.members ?? {}).length).toBeGreaterThan(0);
    }
  });

  it('has at least one clean case (exit 0) and one with violations (exit 1)', () => {
    const exits = new Set(expects.map(({ e }) => e.exitCode));
    expect([...exits].sort()).toEqual([0, 1, 2]);
  });

  it('is what the generator writes now (inputs and expect files)', () => {
    // Layout of the JSON is Prettier's business (format:check); its content is compared here.
    for (const c of cases) {
      for (const [name, bytes] of c.files)
        expect({ name, same: bytes.equals(read(name)) }).toEqual({ name, same: true });
      const committed: unknown = JSON.parse(read(`${c.name}.expect.json`).toString('utf8'));
      expect(committed).toEqual(JSON.parse(JSON.stringify(expectFile(c))));
    }
    expect(cases.length).toBe(expectFiles.length);
  });

  it('computes to what each good case was built to show, with clear margins', () => {
    for (const c of cases)
      if (c.kind === 'good')
        expect({ c: c.name, problems: caseProblems(c) }).toEqual({ c: c.name, problems: [] });
  });
});

describe('input files', () => {
  it('encodes the CSVs as named: UTF-8 with BOM, and GB18030 (not valid UTF-8)', () => {
    const utf8 = read('utf8-bom.grades.csv');
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8.toString('utf8')).toContain('学年学期');
    const gb = read('gb18030.grades.csv');
    expect(iconv.decode(gb, 'gb18030').startsWith('学年,学期,课程代码')).toBe(true);
    expect(gb.toString('utf8')).toContain('\ufffd');
  });

  it('gives big-used-range a used range to row 1,048,509 with data only near the top', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(DIR, 'big-used-range.xlsx'));
    const ws = wb.getWorksheet('成绩')!;
    expect(ws.rowCount).toBe(1048509);
    expect(ws.getCell('A1048509').value).toBeNull();
    let lastWithValue = 0;
    ws.eachRow((row, n) => {
      if (row.hasValues) lastWithValue = n;
    });
    expect(lastWithValue).toBeLessThanOrEqual(300);
    expect(lastWithValue).toBeGreaterThan(100);
  });

  it('makes the broken files really broken', async () => {
    expect([...read('error.old-format.xls').subarray(0, 8)]).toEqual([
      0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1,
    ]);
    expect(read('error.damaged.xlsx').subarray(0, 2).toString('latin1')).toBe('PK');
    await expect(
      new ExcelJS.Workbook().xlsx.readFile(join(DIR, 'error.damaged.xlsx')),
    ).rejects.toThrow();
  });
});
