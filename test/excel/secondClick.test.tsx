/** @jest-environment jsdom */
import '../taskpane/support/jsdomGlobals';
import '@testing-library/jest-dom';
import { webLightTheme } from '@fluentui/react-components';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createExcelGateway } from '../../src/excel/gateway';
import { App } from '../../src/taskpane/App';
import { useCheck } from '../../src/taskpane/check/useCheck';
import { createInPageReader } from '../../src/taskpane/importer/createReader';
import type { DoubleWorkbook } from '../excel-double';
import { productMarks, rosterOnlyPolicy } from './helpers';
import { richWorkbook, withoutTokens } from './richWorkbook';

/** `Excel.run` over the double that holds every batch until `release`, like a slow Excel. */
function heldRun(double: DoubleWorkbook) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const run = (<T,>(batch: (ctx: Excel.RequestContext) => Promise<T>) =>
    gate.then(() => double.excelRun(batch))) as typeof Excel.run;
  return { run, release };
}

const reportSheets = (double: DoubleWorkbook) =>
  double.state.sheets.filter((s) => s.name.startsWith('检查报告') || s.name.startsWith('~UC'));

describe('a second 一键检查 while a check runs is ignored', () => {
  let single: unknown;
  beforeAll(async () => {
    const dry = await richWorkbook();
    await createExcelGateway(dry.excelRun, { now: () => new Date(2025, 11, 1, 9, 30) }).check({
      policy: rosterOnlyPolicy(),
      lang: 'zh',
    });
    single = withoutTokens(dry.snapshot());
  });

  it('at the hook: two run() calls make one Excel run and one write', async () => {
    const double = await richWorkbook();
    const { run, release } = heldRun(double);
    const gateway = createExcelGateway(run, { now: () => new Date(2025, 11, 1, 9, 30) });
    const { result } = renderHook(() => useCheck(gateway, 'zh'));
    act(() => {
      result.current.run({ policy: rosterOnlyPolicy() });
      result.current.run({ policy: rosterOnlyPolicy() });
    });
    act(() => result.current.run({ policy: rosterOnlyPolicy() }));
    release();
    await waitFor(() => expect(result.current.state.status).toBe('checked'));
    expect(double.stats.runs).toBe(1);
    expect(withoutTokens(double.snapshot())).toEqual(single);
  });

  it('in the pane: a double click and a third click while checking write one report', async () => {
    const double = await richWorkbook();
    const inner = createExcelGateway(double.excelRun);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let checks = 0;
    const gateway: typeof inner = {
      ...inner,
      check: (o) => {
        checks++;
        return gate.then(() => inner.check(o));
      },
    };
    const user = userEvent.setup({ delay: null });
    render(<App gateway={gateway} reader={createInPageReader()} lang="zh" theme={webLightTheme} />);
    const button = await screen.findByRole('button', { name: '一键检查' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.dblClick(button);
    await user.click(button);
    expect(checks).toBe(1);
    release();
    await screen.findByRole('list', { name: '检查结果汇总' });
    expect(checks).toBe(1);
    expect(reportSheets(double).map((s) => s.name)).toEqual(['检查报告', '检查报告 (2)']);
    expect(productMarks(double, '学生会名单')).toHaveLength(3);
  });
});
