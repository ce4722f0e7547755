/**
 * The WPS browser test's pane entry: the ET double stands in for WPS's `window.Application`, then
 * the add-in's real pane entry (src/wps/addon/pane.tsx) starts, version gate included, and finds
 * it as it would find WPS. The runner injects the workbook as `window.__UC_FIXTURE__`; the page
 * exposes the double's state as `window.__ucE2E`, in the shape the Excel scenario's steps read.
 */
import { isMarkFormula } from '../../../src/core/marks';
import { createWpsGateway } from '../../../src/wps/gateway';
import { CV_ERRORS, key, letters } from '../../wps-double/state';
import { WpsDouble } from '../../wps-double/workbook';
import { FIXTURE_GLOBAL, HOOKS_GLOBAL } from '../page/hooks';
import type { WpsCell, WpsPageFixture, WpsPageHooks } from './hooks';

function doubleOf(fixture: WpsPageFixture): WpsDouble {
  const double = new WpsDouble();
  for (const sheet of fixture.sheets) {
    const s = double.addSheet(sheet.name);
    s.visible = sheet.hidden ? 0 : -1;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null || cell === '') return;
        const value =
          typeof cell === 'object' ? (CV_ERRORS[cell.error] ?? CV_ERRORS['#VALUE!']!) : cell;
        s.cells.set(key(r + 1, c + 1), { value });
      }),
    );
  }
  double.active = double.sheets[0]?.name ?? '';
  if (fixture.version !== undefined) double.version = fixture.version;
  return double;
}

function hooksOf(double: WpsDouble): WpsPageHooks {
  return {
    snapshot: () => ({
      sheets: double.sheets.map((s) => {
        const cells: Record<string, WpsCell> = {};
        for (const [k, cell] of s.cells) {
          const [r, c] = k.split(',').map(Number) as [number, number];
          if (cell.value === undefined && cell.formula === undefined) continue;
          cells[`${letters(c)}${r}`] = {
            ...(cell.value !== undefined ? { value: cell.value } : {}),
            ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
          };
        }
        return { name: s.name, cells };
      }),
    }),
    marks: (sheet) => double.sheet(sheet).cfs.filter((cf) => isMarkFormula(cf.formula)).length,
    restored: () => double.screenUpdating && double.displayAlerts,
  };
}

async function start(): Promise<void> {
  const w = window as unknown as Record<string, unknown>;
  const fixture = w[FIXTURE_GLOBAL] as WpsPageFixture | undefined;
  if (!fixture) throw new Error(`${FIXTURE_GLOBAL} is missing: run this page through test:wps`);
  const double = doubleOf(fixture);
  if (fixture.policyJson !== undefined)
    await createWpsGateway(double.app).saveSettings({ policyJson: fixture.policyJson });
  w[HOOKS_GLOBAL] = hooksOf(double);
  // What WPS gives an add-in's page; the pane entry looks for nothing else.
  w.Application = double.app;
  await import('../../../src/wps/addon/pane');
}

start().catch((error: unknown) => {
  // The runner fails on any page error; this keeps the reason readable.
  console.error(
    `WPS e2e page failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
});
