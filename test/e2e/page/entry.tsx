/**
 * The browser test's pane entry: the real pane and the real adapter, over the strict Excel double
 * instead of office.js (which this page never loads). The runner injects the workbook as
 * `window.__UC_FIXTURE__` before the page starts; the page exposes the double as `window.__ucE2E`.
 */
import { createRoot } from 'react-dom/client';
import { columnLetter } from '../../../src/core/cells';
import { createExcelGateway } from '../../../src/excel/gateway';
import { nextTask } from '../../../src/excel/render/pause';
import { App } from '../../../src/taskpane/App';
import { createWorkerEngine } from '../../../src/taskpane/engine/createWorkerEngine';
import { spawnEngineWorker } from '../../../src/taskpane/engine/spawnWorker';
import { createWorkerReader } from '../../../src/taskpane/importer/createReader';
import { pickTheme, type OfficeThemeColours } from '../../../src/taskpane/theme/pickTheme';
import { DoubleWorkbook } from '../../excel-double';
import { rectA1 } from '../../excel-double/a1';
import { schoolWorkbook } from '../../excel/school';
import { sheetSpecs } from '../sheetSpecs';
import {
  FIXTURE_GLOBAL,
  HOOKS_GLOBAL,
  OFFICE_THEME_GLOBAL,
  type PageFixture,
  type PageHooks,
} from './hooks';

async function start(): Promise<void> {
  const fixture = (window as unknown as Record<string, PageFixture | undefined>)[FIXTURE_GLOBAL];
  if (!fixture)
    throw new Error(`${FIXTURE_GLOBAL} is missing: run this page through npm run test:e2e`);
  const { specs, errors } = sheetSpecs(fixture.sheets);
  const double = fixture.school ? schoolWorkbook(fixture.school) : DoubleWorkbook.fromSheets(specs);
  for (const e of errors) {
    double.setCell(e.sheet, `${columnLetter(e.col)}${e.row}`, { value: e.text, error: true });
  }
  // At school scale each sync is a trip to Excel and back, so the page's thread is free while it
  // travels (the long-task measure needs that). The sample scenario reads the double right after a
  // click and relies on a sync finishing within that click's task, so it keeps the quick trip.
  if (fixture.school) double.roundTrip = nextTask;
  // As the real pane: the core runs in the engine worker, never on the page's thread.
  const gateway = createExcelGateway(double.excelRun, {
    engine: () => createWorkerEngine(spawnEngineWorker),
  });
  if (fixture.policyJson !== undefined)
    await gateway.saveSettings({ policyJson: fixture.policyJson });
  const hooks: PageHooks = {
    snapshot: () => double.snapshot(),
    selection: () => {
      const s = double.state.selection;
      const sheet = s && double.state.sheets.find((x) => x.id === s.sheetId);
      return s && sheet ? { sheet: sheet.name, address: rectA1(s.rect) } : null;
    },
    setting: (key) => double.state.settings.get(key),
    stats: () => ({ ...double.stats }),
  };
  (window as unknown as Record<string, PageHooks>)[HOOKS_GLOBAL] = hooks;
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  const office = (window as unknown as Record<string, OfficeThemeColours | undefined>)[
    OFFICE_THEME_GLOBAL
  ];
  createRoot(root).render(
    <App gateway={gateway} reader={createWorkerReader()} lang="zh" theme={pickTheme(office)} />,
  );
}

start().catch((error: unknown) => {
  // The runner fails on any page error; this keeps the reason readable.
  console.error(
    `e2e page failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
});
