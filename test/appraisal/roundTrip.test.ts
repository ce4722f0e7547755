import { writeWorkbookModel } from '../../src/cli/io/writeWorkbook';
import { describeWith } from '../helpers/tools';
import { roundTrip } from './roundTrip';
import type { RoundTrip, Scenario } from './roundTrip';
import { ownTemplateScenario, trimmedScenario, weightedScenario } from './scenarios';
import { plain, readWorkbook } from './xlsxCells';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

function expectMatches(r: RoundTrip) {
  expect(r.errors).toEqual([]);
  for (const f of r.formTotals) {
    if (f.expected === undefined)
      expect({ at: `${f.sheet}!${f.row}`, v: f.actual }).toEqual({
        at: `${f.sheet}!${f.row}`,
        v: '',
      });
    else expect(f.actual).toBeCloseTo(f.expected, 6);
  }
  r.summary.forEach((row, i) => {
    const e = r.expected[i]!;
    row.groups.forEach((g, k) => {
      const want = e.groups[k];
      if (want === undefined) expect(blankToUndefined(g)).toBeUndefined();
      else expect(g).toBeCloseTo(want, 6);
    });
    if (e.aggregate === undefined) expect(blankToUndefined(row.aggregate)).toBeUndefined();
    else expect(row.aggregate).toBeCloseTo(e.aggregate, 6);
    expect({
      name: row.name,
      rank: blankToUndefined(row.rank),
      band: blankToUndefined(row.band),
    }).toEqual({ name: row.name, rank: e.rank, band: e.band });
  });
  expect(r.exitList.filter((x) => x !== '' && x !== null)).toEqual(r.expectedExitList);
}

describeWith(['libreoffice'], 'generated workbook recalculated by LibreOffice', () => {
  let weighted: { s: Scenario; r: RoundTrip };
  beforeAll(async () => {
    const s = weightedScenario();
    weighted = { s, r: await roundTrip(s, writeWorkbookModel) };
  }, 180_000);
  afterAll(() => weighted.r.cleanup());

  it('weighted groups with a quota: totals, aggregates, ranks, bands and the exit list match', () => {
    expectMatches(weighted.r);
  });

  it('the weighted case exercises the quota, a tie, a missing group and a failing member', () => {
    const e = weighted.r.expected;
    expect(e.some((x) => (x.aggregate ?? 0) >= 85 && x.band === '良好')).toBe(true);
    expect(new Set(e.map((x) => x.rank)).size).toBeLessThan(e.length);
    expect(e.some((x) => x.groups.includes(undefined))).toBe(true);
    expect(weighted.r.expectedExitList).toEqual(['-周四（-外联部）']);
  });

  const cases: [string, () => Scenario][] = [
    ['trimmed mean of five panel members, one form', trimmedScenario],
    ["a teacher's weighted template scaled to 100", ownTemplateScenario],
  ];
  it.each(cases)(
    '%s: totals, aggregates, ranks, bands and the exit list match',
    async (_name, make) => {
      const r = await roundTrip(make(), writeWorkbookModel);
      r.cleanup();
      expectMatches(r);
    },
  );

  it('keeps names and departments that look like formulas as text, and sets up A4 printing', async () => {
    const wb = await readWorkbook(weighted.r.recalculatedPath);
    const texts = new Set<string>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          const v = plain(c);
          if (typeof v === 'string') texts.add(v);
        }),
      ),
    );
    const title = '=某职业技术学院学生会2025-2026学年第一学期述职评议考核汇总表';
    for (const text of ['=张三', '+钱二', '-周四', '@吴五', '@文体部', '-外联部', title])
      expect(texts).toContain(text);
    const generated = await readWorkbook(weighted.r.generatedPath);
    for (const layout of weighted.s.build.layouts) {
      const setup = generated.getWorksheet(layout.sheet)!.pageSetup;
      expect(setup).toMatchObject({
        paperSize: 9,
        fitToWidth: 1,
        printTitlesRow: `${layout.headerRow}:${layout.headerRow}`,
      });
      expect(setup.margins).toBeDefined();
    }
  });
});
