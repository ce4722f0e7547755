/**
 * Frozen panes in WPS belong to the window: the adapter activates each product sheet, splits the
 * window at the model's header rows and columns and freezes it, then shows the teacher's sheet
 * again. The double keeps the window's panes per sheet, as WPS does.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { presetPolicy } from '../../src/core/policy/presets';
import { buildReport } from '../../src/core/report/buildReport';
import type { ModelSheet } from '../../src/core/report/sheetModel';
import { createWpsGateway } from '../../src/wps/gateway';
import { stamp } from '../../src/wps/names';
import { weightedScenario } from '../appraisal/scenarios';
import { DoubleMisuse, loadWpsDouble, saveWpsDouble, WpsDouble } from '../wps-double';
import type { PaneState } from '../wps-double/state';
import { fillRoster } from './roster';

const now = (): Date => new Date(2025, 11, 1, 9, 30);
const UNFROZEN: PaneState = {
  scrollRow: 1,
  scrollColumn: 1,
  splitRow: 0,
  splitColumn: 0,
  frozen: false,
};

/** A teacher's roster whose header (rows 1–3) they froze themselves, and a notes sheet, shown. */
async function teacherBook(): Promise<WpsDouble> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学生会名单', { views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }] });
  fillRoster(ws, 40, (i) => i === 5);
  wb.addWorksheet('备注').getCell('A1').value = '老师的备注';
  const double = await loadWpsDouble(Buffer.from(await wb.xlsx.writeBuffer()));
  double.active = '学生会名单';
  return double;
}

function policy() {
  const p = presetPolicy('national-school');
  for (const code of ['rank', 'failed', 'discipline', 'staff-total', 'departments'] as const)
    p.rules[code].enabled = false;
  return p;
}

/** A check on an old WPS: it must succeed, with the console note a refused step leaves. */
async function checkWarned(double: WpsDouble) {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const answer = await createWpsGateway(double.app, { now }).check({
      policy: policy(),
      lang: 'zh',
    });
    if (!answer.ok) throw new Error('must check');
    expect(warn).toHaveBeenCalled();
    return answer.value;
  } finally {
    warn.mockRestore();
  }
}

/** The panes a model sheet asks for, as the window keeps them. */
function wanted(sheet: ModelSheet): PaneState {
  const f = sheet.freeze;
  return f
    ? { scrollRow: 1, scrollColumn: 1, splitRow: f.rows, splitColumn: f.cols ?? 0, frozen: true }
    : UNFROZEN;
}

function panesOf(double: WpsDouble, sheets: readonly ModelSheet[]) {
  return sheets.map((s) => ({ sheet: s.name, panes: double.sheet(s.name).panes }));
}

const TEACHER_PANES: PaneState = { ...UNFROZEN, splitRow: 3, frozen: true };

describe('frozen panes written by the WPS adapter', () => {
  it('a check freezes the report sheets’ headers; the teacher’s sheets keep their panes and stay shown', async () => {
    const double = await teacherBook();
    expect(double.sheet('学生会名单').panes).toEqual(TEACHER_PANES);
    const gateway = createWpsGateway(double.app, { now });
    const answer = await gateway.check({ policy: policy(), lang: 'zh' });
    if (!answer.ok) throw new Error('must check');
    const model = buildReport(answer.value, 'zh', { generatedAt: stamp(now()) });
    expect(model.sheets.filter((s) => s.freeze).length).toBeGreaterThanOrEqual(2);
    expect(panesOf(double, model.sheets)).toEqual(
      model.sheets.map((s) => ({ sheet: s.name, panes: wanted(s) })),
    );
    expect(double.sheet('学生会名单').panes).toEqual(TEACHER_PANES);
    expect(double.sheet('备注').panes).toEqual(UNFROZEN);
    expect(double.active).toBe('学生会名单');

    // Checked again while looking at the report: the new report replaces it and is shown.
    double.active = answer.written?.reportSheet ?? '';
    const again = await gateway.check({ policy: policy(), lang: 'zh' });
    expect(again.ok && again.written?.reportSheet).toBe(double.active);
    expect(panesOf(double, model.sheets)).toEqual(
      model.sheets.map((s) => ({ sheet: s.name, panes: wanted(s) })),
    );
    expect(double.sheet('学生会名单').panes).toEqual(TEACHER_PANES);
  });

  it('考核汇总 is frozen at its header rows and name columns, the forms as their models say, in the saved file too', async () => {
    const { model } = weightedScenario().build;
    const double = new WpsDouble();
    double.addSheet('Sheet1');
    double.active = 'Sheet1';
    await createWpsGateway(double.app).writeWorkbookModel(model);
    const frozen = model.sheets.filter((s) => (s.freeze?.cols ?? 0) > 0);
    expect(frozen.length).toBeGreaterThan(0);
    expect(panesOf(double, model.sheets)).toEqual(
      model.sheets.map((s) => ({ sheet: s.name, panes: wanted(s) })),
    );
    expect(double.active).toBe('Sheet1');

    const dir = mkdtempSync(join(tmpdir(), 'wps-panes-'));
    try {
      const path = join(dir, 'forms.xlsx');
      await saveWpsDouble(double, path);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      for (const s of model.sheets) {
        const view = (wb.getWorksheet(s.name)?.views ?? [])[0];
        expect({
          sheet: s.name,
          frozen: view?.state === 'frozen' ? [view.ySplit, view.xSplit] : null,
        }).toEqual({
          sheet: s.name,
          frozen: s.freeze ? [s.freeze.rows, s.freeze.cols ?? 0] : null,
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['Window.FreezePanes', 'lacking'],
    ['Window.FreezePanes=true', 'lacking'],
    ['Application.ActiveWindow', 'lacking'],
  ] as const)(
    'a WPS whose %s is %s still checks: nothing frozen or split, the teacher’s panes untouched',
    async (member, how) => {
      const double = await teacherBook();
      double[how].add(member);
      const result = await checkWarned(double);
      const model = buildReport(result, 'zh', { generatedAt: stamp(now()) });
      expect(panesOf(double, model.sheets)).toEqual(
        model.sheets.map((s) => ({ sheet: s.name, panes: UNFROZEN })),
      );
      expect(double.sheet('学生会名单').panes).toEqual(TEACHER_PANES);
      expect(double.active).toBe('学生会名单');
      expect(double.screenUpdating && double.displayAlerts).toBe(true);
    },
  );

  it('a WPS that does not switch sheets never gets the report’s panes on the teacher’s sheet', async () => {
    const double = await teacherBook();
    double.active = '备注';
    double.inert.add('Worksheet.Activate').add('Worksheets.Add');
    await checkWarned(double);
    expect(double.sheet('备注').panes).toEqual(UNFROZEN);
    expect(double.sheet('学生会名单').panes).toEqual(TEACHER_PANES);
    expect(double.active).toBe('备注');
  });
});

describe('the ET double’s window', () => {
  it('keeps panes per sheet, refuses what it does not model, and raises 438 where WPS lacks a member', () => {
    const double = new WpsDouble();
    double.addSheet('甲');
    double.addSheet('乙');
    double.active = '甲';
    const win = double.app.ActiveWindow!;
    expect(() => (win.FreezePanes = true)).toThrow(DoubleMisuse);
    win.SplitRow = 2;
    win.FreezePanes = true;
    expect(() => (win.SplitRow = 1)).toThrow(DoubleMisuse);
    expect(() => (win as unknown as Record<string, unknown>)['Split']).toThrow(DoubleMisuse);
    double.active = '乙';
    expect([win.FreezePanes, win.SplitRow]).toEqual([false, 0]);
    double.active = '甲';
    win.FreezePanes = false;
    expect(double.sheet('甲').panes).toEqual(UNFROZEN);
    double.lacking.add('Window.SplitColumn');
    expect(() => (win.SplitColumn = 1)).toThrow(expect.objectContaining({ number: 438 }) as Error);
  });
});
