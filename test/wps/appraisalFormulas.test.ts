/**
 * The appraisal forms and 考核汇总 as the WPS adapter writes them compute: the model is written
 * into the WPS double through the adapter (sheets created, renamed, then the cross-sheet formulas),
 * saved as .xlsx, scored like scorers would, and recalculated by LibreOffice; every form total,
 * group score, aggregate, rank, band and the exit list must equal what the settings say.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkbookModel } from '../../src/core/report/sheetModel';
import { createWpsGateway } from '../../src/wps/gateway';
import { roundTrip, type RoundTrip } from '../appraisal/roundTrip';
import { trimmedScenario, weightedScenario } from '../appraisal/scenarios';
import { describeWith } from '../helpers/tools';
import { referencedSheets, saveWpsDouble, WpsDouble } from '../wps-double';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

/** Writes the model through the WPS adapter into a fresh double and saves the double. */
async function writeThroughWps(model: WorkbookModel, path: string): Promise<void> {
  const double = new WpsDouble();
  double.addSheet('Sheet1');
  const written = await createWpsGateway(double.app).writeWorkbookModel(model);
  expect(written).toEqual(model.sheets.map((s) => s.name));
  for (const s of double.sheets)
    for (const cell of s.cells.values())
      if (cell.formula !== undefined) {
        expect({ at: s.name, formula: cell.formula }).not.toEqual({
          at: s.name,
          formula: expect.stringContaining('#REF!') as unknown,
        });
        for (const name of referencedSheets(cell.formula))
          expect(double.sheets.map((x) => x.name)).toContain(name);
      }
  await saveWpsDouble(double, path, ['Sheet1']);
}

function expectComputed(r: RoundTrip): void {
  expect(r.errors).toEqual([]);
  const totals = r.formTotals.filter((f) => f.expected !== undefined);
  expect(totals.length).toBeGreaterThan(3);
  for (const f of r.formTotals)
    if (f.expected === undefined) expect(blank(f.actual)).toBeUndefined();
    else expect(f.actual).toBeCloseTo(f.expected, 6);
  r.summary.forEach((row, i) => {
    const e = r.expected[i]!;
    row.groups.forEach((g, k) => {
      const want = e.groups[k];
      if (want === undefined) expect(blank(g)).toBeUndefined();
      else expect(g).toBeCloseTo(want, 6);
    });
    if (e.aggregate === undefined) expect(blank(row.aggregate)).toBeUndefined();
    else expect(row.aggregate).toBeCloseTo(e.aggregate, 6);
    expect({ rank: blank(row.rank), band: blank(row.band) }).toEqual({
      rank: e.rank,
      band: e.band,
    });
  });
  expect(r.exitList.filter((x) => x !== '' && x !== null)).toEqual(r.expectedExitList);
}

describeWith(
  ['libreoffice'],
  'appraisal written by the WPS adapter, computed by LibreOffice',
  () => {
    let dir: string;
    beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'uc-wps-appraisal-'))));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      [
        'weighted groups with a quota, a tie, a missing group and a failing member',
        weightedScenario,
      ],
      ['trimmed mean of five panel members on one form', trimmedScenario],
    ])(
      '%s',
      async (_name, make) => {
        const r = await roundTrip(make(), writeThroughWps);
        try {
          expectComputed(r);
          expect(r.summary.length).toBeGreaterThan(2);
        } finally {
          r.cleanup();
        }
      },
      180_000,
    );
  },
);
