import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  parseAppraisalArgs,
  runAppraisalCollect,
  runAppraisalGenerate,
} from '../../src/cli/appraisal';
import { main } from '../../src/cli/main';
import { writeTeacherWorkbook } from './cliWorkbooks';
import { plain, readWorkbook } from './xlsxCells';

/*
 * What collect is given, file by file: the same file twice by any route, files and sheets that are
 * not scoring forms, and no file at all. Each is named to the teacher, never silently counted or skipped.
 */
const dir = mkdtempSync(join(tmpdir(), 'uc-appraisal-inputs-'));
const teacher = join(dir, '学生会名单.xlsx');
const forms = join(dir, '评分表.xlsx');
const filled = join(dir, '评分表-团委.xlsx');

async function generate(): Promise<void> {
  const args = parseAppraisalArgs([teacher, '--out', forms, '--term', '2025-2026-1']);
  if (args.command !== 'generate') throw new Error('parse');
  const run = await runAppraisalGenerate(args.opts);
  if (run.exitCode !== 0) throw new Error(run.messages.join('\n'));
}

/** Every score cell of every form gets `score`. */
async function fillAll(from: string, to: string, score: number): Promise<void> {
  const wb = await readWorkbook(from);
  wb.eachSheet((ws) => {
    if (!ws.name.startsWith('评分-')) return;
    for (let row = 14; typeof plain(ws.getCell(row, 2)) === 'string'; row++)
      for (let d = 0; d < 5; d++) ws.getCell(row, 5 + d).value = score;
  });
  await wb.xlsx.writeFile(to);
}

/** The number of filled copies the summary says were collected. */
function copiesOf(messages: readonly string[]): number {
  const line = messages.find((m) => m.includes('已汇集'));
  return Number(/已汇集 (\d+) 份/.exec(line ?? '')?.[1] ?? -1);
}

beforeAll(async () => {
  await writeTeacherWorkbook(teacher);
  await generate();
  await fillAll(forms, filled, 15);
  mkdirSync(join(dir, 'sub'));
  symlinkSync(filled, join(dir, '链接.xlsx'));
  linkSync(filled, join(dir, '硬链接.xlsx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collect given the same filled form twice', () => {
  it.each([
    ['the same path', () => filled],
    ['a ./sub/../ alias', () => join(dir, 'sub', '..', '评分表-团委.xlsx')],
    ['a symbolic link', () => join(dir, '链接.xlsx')],
    ['a hard link', () => join(dir, '硬链接.xlsx')],
  ])('reads it once when given again as %s, with a notice naming both', async (_how, again) => {
    const once = await runAppraisalCollect({
      files: [filled],
      out: join(dir, 'a.xlsx'),
      lang: 'zh',
    });
    const twice = await runAppraisalCollect({
      files: [filled, again()],
      out: join(dir, 'b.xlsx'),
      lang: 'zh',
    });
    expect(copiesOf(twice.messages)).toBe(copiesOf(once.messages));
    expect(twice.messages).toContainEqual(
      expect.stringContaining(`「${again()}」和前面给出的「${filled}」是同一个文件`),
    );
  });
});

describe('collect given files or sheets that are not scoring forms', () => {
  it('names a workbook with no form of this product, and a stray sheet, by file and sheet', async () => {
    const other = join(dir, '班级成绩.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('成绩').addRow(['姓名', '学号', '成绩']);
    await wb.xlsx.writeFile(other);
    const mixed = join(dir, '评分表-加了一页.xlsx');
    const extra = await readWorkbook(filled);
    extra.addWorksheet('备注').addRow(['评分人意见', '无']);
    await extra.xlsx.writeFile(mixed);
    const run = await runAppraisalCollect({
      files: [mixed, other],
      out: join(dir, 'c.xlsx'),
      lang: 'zh',
    });
    const text = run.messages.join('\n');
    expect(text).toContain('班级成绩.xlsx 不是本工具生成的评分表');
    expect(text).toContain('评分表-加了一页.xlsx 的工作表 备注 不是本工具生成的评分表');
  });
});

describe('appraisal commands given no file', () => {
  function capture() {
    const lines: string[] = [];
    const out = { stdout: (s: string) => lines.push(s), stderr: (s: string) => lines.push(s) };
    return { lines, out };
  }

  it('collect says which files to give', async () => {
    const { lines, out } = capture();
    expect(await main(['appraisal', 'collect'], out, { LANG: 'zh_CN.UTF-8' })).toBe(2);
    expect(lines.join('')).toContain('appraisal collect 评分表-学生代表.xlsx');
  });

  it('generating forms says which workbook to give', async () => {
    const { lines, out } = capture();
    expect(await main(['appraisal'], out, { LANG: 'zh_CN.UTF-8' })).toBe(2);
    expect(lines.join('')).toContain('appraisal 学生会名单.xlsx');
  });
});
