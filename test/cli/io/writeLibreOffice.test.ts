import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeWorkbookModel } from '../../../src/cli/io/writeWorkbook';
import { describeWith } from '../../helpers/tools';
import { makeTempDir, removeTempDir, zipPart } from './helpers';
import { FULL_MODEL } from './modelFixture';

const run = promisify(execFile);

// Every sheet to its own CSV (sheet index -1), UTF-8, comma, values as shown.
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

describeWith(['libreoffice'], 'written workbook opened by LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('lo');
  });
  afterAll(async () => {
    await removeTempDir(dir);
  });

  async function convert(file: string, filter: string, outDir: string): Promise<void> {
    // A private profile per run: parallel test runs would otherwise lock each other out.
    const profile = `file://${join(dir, 'profile')}`;
    await run(
      'libreoffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        file,
      ],
      { timeout: 120000 },
    );
  }

  it('computes the formulas and keeps formula-like text as text', async () => {
    const file = join(dir, 'report.xlsx');
    await writeWorkbookModel(FULL_MODEL, file);
    await convert(file, CSV_FILTER, join(dir, 'csv'));
    const names = await readdir(join(dir, 'csv'));
    expect(names.sort()).toEqual([
      'report-Empty.csv',
      "report-It's 名单.csv",
      'report-检查 报告.csv',
    ]);
    const lines = (await readFile(join(dir, 'csv', 'report-检查 报告.csv'), 'utf8')).split(/\r?\n/);
    expect(lines[3]).toBe('序号,姓名,分数,占比,结论,说明');
    expect(lines[4]).toBe('1,=SUM(A1),80.3,30%,违规,"第一行'); // the wrapped text continues on the next line
    expect(lines.find((l) => l.startsWith('2,'))).toBe('2,+86,90.00,12.5%,待核实,_x0041_');
    expect(lines.find((l) => l.startsWith('3,'))).toBe('3,-x,70,0.5,超编,TRUE');
    expect(lines.find((l) => l.startsWith('4,'))).toBe('4,@y,60,0.75,合格,');
    // SUM(80.25, 90, 70, 60, 100) = 400.25 shown with one decimal; AVERAGE of the shares = 53%.
    expect(lines.find((l) => l.startsWith('合计'))).toBe('合计,,400.3,53%,,');
    const roster = await readFile(join(dir, 'csv', "report-It's 名单.csv"), 'utf8');
    expect(roster).toContain('2531020000001,张三');
    expect(roster).toContain('0012,李四');
  }, 180000);

  it('keeps tables, the in-workbook link and print titles when LibreOffice re-saves it', async () => {
    const file = join(dir, 'roundtrip.xlsx');
    await writeWorkbookModel(FULL_MODEL, file);
    await convert(file, 'xlsx', join(dir, 'resaved'));
    const resaved = join(dir, 'resaved', 'roundtrip.xlsx');
    const workbook = await zipPart(resaved, 'xl/workbook.xml');
    expect(workbook).toContain('&apos;It&apos;&apos;s 名单&apos;!$3:$3');
    const sheet = await zipPart(resaved, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<hyperlink ref="B5" location="&apos;It&apos;&apos;s 名单&apos;!B4"/);
    expect(sheet).toContain('<mergeCell ref="A1:F1"/>');
    const tables = await Promise.all(
      [1, 2, 3].map((n) => zipPart(resaved, `xl/tables/table${n}.xml`)),
    );
    const summary = tables.map((xml) => /name="([^"]+)"[^>]*ref="([^"]+)"/.exec(xml)?.slice(1, 3));
    expect(summary.sort()).toEqual([
      ['Report_Findings', 'A4:F9'],
      ['_Empty', 'A8:B9'],
      ['成员表', 'A3:C5'],
    ]);
  }, 180000);
});
