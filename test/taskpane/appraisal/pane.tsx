/** The pane over the real adapter and the strict double, opened on the 考核评议 tab. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { buildAppraisalFromSheets } from '../../../src/core/appraisal/fromSheets';
import type { AppraisalSettings } from '../../../src/core/appraisal/types';
import { presetPolicy } from '../../../src/core/policy/presets';
import { createExcelGateway } from '../../../src/excel/gateway';
import { App } from '../../../src/taskpane/App';
import { defaultDraft, resolveDraft } from '../../../src/taskpane/appraisal/draft';
import { createInPageReader } from '../../../src/taskpane/importer/createReader';
import { DoubleWorkbook } from '../../excel-double';
import { sampleSheets } from '../support/workbook';

const reader = createInPageReader();

/** The support roster and grades in a fresh double. */
export function sampleDouble(): DoubleWorkbook {
  return DoubleWorkbook.fromSheets(
    sampleSheets().map((s) => ({
      name: s.sheet,
      rows: s.rows.map((row) => row.map((v) => (typeof v === 'object' ? null : v))),
    })),
  );
}

/** Renders the pane over `double` and opens 考核评议 once its settings are in. */
export async function openAppraisal(double: DoubleWorkbook) {
  const user = userEvent.setup({ delay: null });
  const gateway = createExcelGateway(double.excelRun, {
    retry: { sleep: () => Promise.resolve() },
  });
  const view = render(<App gateway={gateway} reader={reader} lang="zh" theme={webLightTheme} />);
  await user.click(screen.getByRole('tab', { name: '考核评议' }));
  const generate = await screen.findByRole('button', { name: '生成评分表' });
  await waitFor(() => expect(generate).toBeEnabled());
  return { user, view, generate };
}

/** The tab's default settings, validated. */
export function defaultSettings(): AppraisalSettings {
  const parsed = resolveDraft(defaultDraft(), 'zh');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** What the core builds for the double's sheets as they are now (the teacher's sheets only). */
export function expectedBuild(double: DoubleWorkbook, settings = defaultSettings()) {
  const outcome = buildAppraisalFromSheets({
    sheets: double.grids(),
    policy: presetPolicy(),
    settings,
    lang: 'zh',
    reservedSheetNames: double.grids().map((g) => g.sheet),
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome;
}
