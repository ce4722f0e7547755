import type { SheetSnapshot } from '../excel-double';
import type { DoubleWorkbook } from '../excel-double';
import { doubleTables } from './appraisalCells';
import { formPlace, sampleDouble, samplePolicy, settingsOf } from './appraisalFixture';
import { gatewayFor } from './helpers';

const FOUR = [
  { name: '学生代表', weight: 30 },
  { name: '团委', weight: 20 },
  { name: '学工部', weight: 30 },
  { name: '自评', weight: 20 },
];

async function generate(double: DoubleWorkbook, choice = {}, overwrite = false) {
  const answer = await gatewayFor(double).appraisal({
    policy: samplePolicy(),
    settings: settingsOf({ groups: FOUR, ...choice }),
    lang: 'zh',
    ...(overwrite ? { overwrite } : {}),
  });
  if (answer.status !== 'generated') throw new Error(JSON.stringify(answer));
  return answer;
}

function sheetsNamed(double: DoubleWorkbook, names: readonly string[]): SheetSnapshot[] {
  return double.snapshot().sheets.filter((s) => names.includes(s.name));
}

function formulasOf(double: DoubleWorkbook, sheet: string): string[] {
  const found = double.snapshot().sheets.find((s) => s.name === sheet);
  return Object.values(found?.cells ?? {}).flatMap((c) => (c.formula ? [c.formula] : []));
}

describe('generating the appraisal again', () => {
  it('replaces every product appraisal sheet and nothing else, tables keep their names', async () => {
    const double = await sampleDouble();
    const teacher = double.snapshot().sheets.map((s) => s.name);
    const before = sheetsNamed(double, teacher);
    const first = await generate(double);
    const tablesFirst = doubleTables(double);
    expect(first.forms).toBe(32);
    expect(tablesFirst[first.sheets[0]!]).toEqual(['AppraisalSummary']);
    expect(tablesFirst[first.sheets[1]!]).toEqual(['AppraisalScore1']);

    const again = await generate(double);
    expect(again.sheets).toEqual(first.sheets);
    expect(doubleTables(double)).toEqual(tablesFirst);

    const single = await generate(double, { layout: 'single', groups: [{ name: '评议会' }] });
    expect(single.forms).toBe(1);
    const names = double.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual([...teacher, ...single.sheets]);
    expect(sheetsNamed(double, teacher)).toEqual(before);
  }, 60_000);

  it("keeps a teacher's sheet named like a form, and the summary points at the product's form", async () => {
    const double = await sampleDouble();
    const clash = '评分-学生代表-主席团';
    const sheet = double.addSheet({ name: clash, rows: [['我自己的评分表'], ['姓名', '分数']] });
    double.state.tables.push({
      id: double.newId('table'),
      name: 'AppraisalSummary',
      sheetId: sheet.id,
      rect: { r1: 2, c1: 1, r2: 3, c2: 2 },
      showTotals: false,
      showFilterButton: true,
      style: 'TableStyleMedium2',
    });
    const own = sheetsNamed(double, [clash]);
    const first = await generate(double);
    expect(doubleTables(double)[first.sheets[0]!]).toEqual(['AppraisalSummary_2']);
    expect(first.sheets).not.toContain(clash);
    expect(first.sheets).toContain(`${clash}(2)`);
    const summary = formulasOf(double, first.sheets[0]!);
    expect(summary.some((f) => f.includes(`'${clash}(2)'!`))).toBe(true);
    expect(summary.some((f) => f.includes(`'${clash}'!`))).toBe(false);
    const second = await generate(double);
    expect(second.sheets).toEqual(first.sheets);
    expect(doubleTables(double)[first.sheets[0]!]).toEqual(['AppraisalSummary_2']);
    expect(sheetsNamed(double, [clash])).toEqual(own);
  }, 60_000);

  it('does not wipe forms that hold typed scores unless told to', async () => {
    const double = await sampleDouble();
    const first = await generate(double, { groups: [{ name: '评议会' }] });
    const form = first.sheets[1]!;
    const place = formPlace(double, form, 5);
    double.setCell(form, `${place.dims[0]}${place.rows[0]}`, { value: 18 });
    const filled = double.snapshot();
    const refused = await gatewayFor(double).appraisal({
      policy: samplePolicy(),
      settings: settingsOf({ groups: [{ name: '评议会' }] }),
      lang: 'zh',
    });
    expect(refused).toEqual({ status: 'filled', copies: 1 });
    expect(double.snapshot()).toEqual(filled);
    await generate(double, { groups: [{ name: '评议会' }] }, true);
    const after = double.snapshot().sheets.find((s) => s.name === form)!;
    expect(after.cells[`${place.dims[0]}${place.rows[0]}`]?.value ?? null).toBeNull();
  }, 60_000);

  it('leaves the earlier forms in place when writing new ones fails half way', async () => {
    const dry = await sampleDouble();
    await generate(dry);
    dry.resetStats();
    await generate(dry, { layout: 'single' });
    const double = await sampleDouble();
    await generate(double);
    const before = double.snapshot();
    double.injectFault({ code: 'GeneralException', atWrite: Math.round(dry.stats.writes / 2) });
    const failed = await generate(double, { layout: 'single' }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ messageKey: 'excel.writeFailed' });
    expect(double.snapshot()).toEqual(before);
  }, 60_000);

  it('reads the workbook in a few syncs and writes in one', async () => {
    const double = await sampleDouble();
    double.resetStats();
    const progress: string[] = [];
    await gatewayFor(double).appraisal({
      policy: samplePolicy(),
      settings: settingsOf(),
      lang: 'zh',
      onProgress: (p) => progress.push(p.phase),
    });
    expect(double.stats.runs).toBe(1);
    expect(double.stats.syncs).toBeLessThanOrEqual(8);
    expect([...new Set(progress)]).toEqual(['discover', 'read', 'compute', 'write']);
  }, 60_000);
});

describe('the summary formulas point at the forms as finally named', () => {
  function broken(double: DoubleWorkbook, sheets: readonly string[]): string[] {
    return sheetsNamed(double, sheets).flatMap((s) =>
      Object.entries(s.cells).flatMap(([a, c]) =>
        c.error || c.formula?.includes('#REF!') || c.formula?.includes('[1]')
          ? [`${s.name}!${a} ${c.formula ?? String(c.value)}`]
          : [],
      ),
    );
  }

  it('on the first generation and on every later one (no #REF!, no outside links)', async () => {
    const double = await sampleDouble();
    const first = await generate(double);
    expect(broken(double, first.sheets)).toEqual([]);
    expect(double.externalLinks()).toEqual([]);
    const summary = formulasOf(double, first.sheets[0]!);
    expect(summary.some((f) => f.includes(`'${first.sheets[1]!}'!`))).toBe(true);
    const again = await generate(double);
    expect(broken(double, again.sheets)).toEqual([]);
    expect(double.externalLinks()).toEqual([]);
    expect(formulasOf(double, again.sheets[0]!)).toEqual(summary);
  }, 60_000);
});
