import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkFiles } from '../../../src/cli/check/checkFiles';
import { readInputFile } from '../../../src/cli/io/readInput';
import { presetPolicy } from '../../../src/core/policy/presets';
import { collector, makeTempDir, removeTempDir } from './helpers';

let dir: string;
let xlsx: string;
let csv: string;
beforeAll(async () => {
  dir = await makeTempDir('progress');
  xlsx = join(dir, 'grades.xlsx');
  csv = join(dir, 'grades.csv');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('成绩');
  ws.addRow(['学号', '姓名', '课程名称', '成绩']);
  const lines = ['学号,姓名,课程名称,成绩'];
  // Varied text so the sheet compresses to several read chunks, not one.
  for (let i = 0; i < 20000; i++) {
    const row = [
      `2023${(i * 7919).toString().padStart(8, '0')}`,
      `学生${i}`,
      `课程${i % 97}`,
      i % 101,
    ];
    ws.addRow(row);
    lines.push(row.join(','));
  }
  await wb.xlsx.writeFile(xlsx);
  await writeFile(csv, lines.join('\n'));
});
afterAll(async () => {
  await removeTempDir(dir);
});

type Call = readonly [number, number];

function expectMonotonicToTotal(calls: readonly Call[], total: number): void {
  expect(calls.length).toBeGreaterThan(2);
  for (const [i, [read, of]] of calls.entries()) {
    expect(of).toBe(total);
    expect(read).toBeLessThanOrEqual(total);
    if (i > 0) expect(read).toBeGreaterThanOrEqual(calls[i - 1]![0]);
  }
  expect(calls.at(-1)).toEqual([total, total]);
}

describe('onProgress', () => {
  it.each([['xlsx'], ['csv']])(
    'counts a %s file from its first chunk to its size',
    async (kind) => {
      const path = kind === 'xlsx' ? xlsx : csv;
      const calls: Call[] = [];
      const { visitor, sheets } = collector();
      await readInputFile(path, visitor, {
        onProgress: (read, total) => calls.push([read, total]),
      });
      expectMonotonicToTotal(calls, (await stat(path)).size);
      // Progress arrives while rows do, not all at the end.
      expect(calls.filter(([read, total]) => read < total).length).toBeGreaterThan(1);
      expect(sheets[0]?.rows.length).toBe(20001);
    },
  );

  it('adds the files of one check into one total', async () => {
    const calls: Call[] = [];
    await checkFiles([xlsx, csv], presetPolicy(), [], {
      onProgress: (read, total) => calls.push([read, total]),
    });
    const total = (await stat(xlsx)).size + (await stat(csv)).size;
    expectMonotonicToTotal(calls, total);
    // The second file's progress starts where the first one ended.
    expect(calls).toContainEqual([(await stat(xlsx)).size, total]);
  });
});
