import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writeWorkbookModel } from '../../src/cli/io/writeWorkbook';
import { buildReport } from '../../src/core/report/buildReport';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { itWith } from '../helpers/tools';
import { unionResult } from '../report/unionFixture';

interface Bar {
  readonly sqref: string;
  readonly cfvo: string[];
}

/** Every data bar rule of the sheet named `name`, as `sqref` and its `<cfvo>` ends (`num:0`, `max`). */
async function dataBars(file: string, name: string): Promise<Bar[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  const xml = await zip.file(`xl/${target!.replace(/^\/?xl\//, '')}`)!.async('string');
  const bars: Bar[] = [];
  for (const m of xml.matchAll(
    /<conditionalFormatting[^>]*sqref="([^"]+)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g,
  )) {
    if (!/<cfRule [^>]*type="dataBar"/.test(m[2]!)) continue;
    const cfvo = [...m[2]!.matchAll(/<cfvo type="(\w+)"(?: val="([^"]*)")?/g)].map((c) =>
      c[2] === undefined ? c[1]! : `${c[1]}:${Number(c[2])}`,
    );
    bars.push({ sqref: m[1]!, cfvo });
  }
  return bars;
}

describe('the CLI report’s pictures (data bars) in the xlsx and in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uc-charts-'));
  const file = join(dir, '检查报告.xlsx');
  beforeAll(async () => {
    await writeWorkbookModel(buildReport(unionResult(), 'zh', { rosterCopy: true }), file);
  });

  it('writes data bar rules scaled to the limits and to 100%', async () => {
    const bars = await dataBars(file, '部门统计');
    expect(bars).toEqual(
      expect.arrayContaining([
        { sqref: 'B4:B6', cfvo: ['num:0', 'num:3'] },
        { sqref: 'D4:D6', cfvo: ['num:0', 'num:6'] },
        { sqref: 'G4:G6', cfvo: ['num:0', 'max'] },
      ]),
    );
    const shares = bars.filter((b) => b.sqref.startsWith('C'));
    expect(shares).toHaveLength(2);
    for (const s of shares) expect(s.cfvo).toEqual(['num:0', 'num:1']);
  });

  itWith(['libreoffice'], 'opens in LibreOffice with the tables’ values intact', () => {
    const csv = convertWithLibreOffice(file, 'csv').find((f) => f.includes('部门统计'));
    const lines = readFileSync(csv!, 'utf8').split(/\r?\n/);
    const row = (first: string, after = 0) =>
      lines.find((l, i) => i >= after && l.startsWith(`${first},`))?.split(',');
    expect(row('学习部')?.slice(0, 8)).toEqual([
      '学习部',
      '2',
      '2–3 人',
      '7',
      '6',
      '0',
      '9',
      '人数不符合规定',
    ]);
    expect(row('宣传部')?.[7]).toBe('符合');
    // Shares come out unrounded ("13.3333333333333%"): compare them as numbers.
    const share = (first: string) => Number(row(first)?.[2]?.replace('%', '')) / 100;
    expect(row('共青团员')?.[1]).toBe('9');
    expect(share('共青团员')).toBeCloseTo(9 / 15, 10);
    expect(row('前 10%–30%')?.[1]).toBe('2');
    expect(share('前 10%–30%')).toBeCloseTo(2 / 15, 10);
    const rankAt = lines.findIndex((l) => l.startsWith('成绩排名,'));
    expect(row('合计', rankAt)?.slice(0, 2)).toEqual(['合计', '15']);
  });

  itWith(
    ['libreoffice'],
    'keeps the data bars when LibreOffice saves the workbook again',
    async () => {
      const resaved = convertWithLibreOffice(file, 'xlsx')[0]!;
      const bars = await dataBars(resaved, '部门统计');
      expect(bars.map((b) => b.sqref)).toEqual(expect.arrayContaining(['B4:B6', 'D4:D6', 'G4:G6']));
      expect(bars.find((b) => b.sqref === 'D4:D6')?.cfvo).toEqual(['num:0', 'num:6']);
    },
  );
});
