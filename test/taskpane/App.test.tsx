/** @jest-environment jsdom */
import './support/jsdomGlobals';
import '@testing-library/jest-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { checkSheets } from '../../src/core/pipeline';
import { presetPolicy } from '../../src/core/policy/presets';
import { t } from '../../src/core/messages';
import type { CheckResult } from '../../src/core/result';
import { App } from '../../src/taskpane/App';
import type { PaneGateway } from '../../src/taskpane/gateway';
import { createInPageReader } from '../../src/taskpane/importer/createReader';
import { createExcelGateway } from '../../src/excel/gateway';
import { DoubleWorkbook } from '../excel-double';
import { MemoryGateway } from './support/memoryGateway';
import { sampleSheets } from './support/workbook';

const reader = createInPageReader();

function expected(): CheckResult {
  const outcome = checkSheets(sampleSheets(), presetPolicy());
  if (!outcome.ok) throw new Error('sample must check');
  return outcome.value;
}

function renderPane<G extends PaneGateway>(gateway: G, lang: 'zh' | 'en' = 'zh') {
  const user = userEvent.setup({ delay: null });
  render(<App gateway={gateway} reader={reader} lang={lang} theme={webLightTheme} />);
  return { gateway, user };
}

async function clickCheck(user: ReturnType<typeof userEvent.setup>) {
  const button = await screen.findByRole('button', { name: '一键检查' });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
}

async function runCheck(user: ReturnType<typeof userEvent.setup>) {
  await clickCheck(user);
  return screen.findByRole('list', { name: '检查结果汇总' });
}

describe('task pane', () => {
  it('shows the check and settings tabs and the primary button', async () => {
    renderPane(new MemoryGateway(sampleSheets()));
    expect(screen.getByRole('heading', { name: '学生会合规检查' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '检查' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: '设置' })).toBeInTheDocument();
    const button = await screen.findByRole('button', { name: '一键检查' });
    await waitFor(() => expect(button).toBeEnabled());
  });

  it('summarises the check as the core computed it', async () => {
    const { user } = renderPane(new MemoryGateway(sampleSheets()));
    const summary = await runCheck(user);
    const result = expected();
    const count = (status: string) => result.members.filter((m) => m.status === status).length;
    const tile = (label: string) =>
      within(summary).getByRole('listitem', { name: new RegExp(`^${label} `) });
    expect(tile('检查人数')).toHaveAccessibleName(`检查人数 ${result.members.length}`);
    expect(tile('不符合条件')).toHaveAccessibleName(`不符合条件 ${count('ineligible')}`);
    expect(tile('待核实')).toHaveAccessibleName(`待核实 ${count('pending')}`);
    const over = result.departments.filter((d) => d.breaksLimits).length;
    expect(tile('人数不符合规定的部门')).toHaveAccessibleName(`人数不符合规定的部门 ${over}`);
    expect(count('ineligible')).toBeGreaterThan(0);
    expect(screen.getByText('检查报告已写入工作表“检查报告”。')).toBeInTheDocument();
  });

  it('lists every member finding, with its message and source, by member', async () => {
    const { user } = renderPane(new MemoryGateway(sampleSheets()));
    await runCheck(user);
    const result = expected();
    const memberFindings = result.findings.filter((f) => f.subject.kind === 'member');
    const shown = document.querySelectorAll('[data-finding]');
    expect(shown).toHaveLength(memberFindings.length);
    for (const finding of memberFindings) {
      expect(
        screen.getAllByText(t(finding.messageKey, 'zh', finding.evidence)).length,
      ).toBeGreaterThan(0);
    }
    const ineligible = result.members.find((m) => m.status === 'ineligible')!;
    const card = screen.getByRole('region', {
      name: `${ineligible.member.name} 学号 ${ineligible.member.studentId}`,
    });
    expect(within(card).getByText('不符合条件')).toBeInTheDocument();
    expect(within(card).getAllByText(/^依据：/)).toHaveLength(ineligible.findingIndexes.length);
    const pending = result.members.find((m) => m.status === 'pending')!;
    const pendingCard = screen.getByRole('region', {
      name: `${pending.member.name} 学号 ${pending.member.studentId}`,
    });
    const pendingFindings = pending.findingIndexes.filter(
      (i) => result.findings[i]!.severity === 'pending',
    );
    // The member's status badge, then one badge per 待核实 finding.
    expect(within(pendingCard).getAllByText('待核实')).toHaveLength(1 + pendingFindings.length);
  });

  it('lists department and union findings by department', async () => {
    const { user } = renderPane(new MemoryGateway(sampleSheets()));
    await runCheck(user);
    await user.click(screen.getByRole('tab', { name: /^按部门/ }));
    const result = expected();
    const others = result.findings.filter((f) => f.subject.kind !== 'member');
    expect(document.querySelectorAll('[data-finding]')).toHaveLength(others.length);
    const over = result.departments.find((d) => d.breaksLimits)!;
    const card = screen.getByRole('region', { name: over.name });
    expect(within(card).getByText('人数不符合规定')).toBeInTheDocument();
  });

  it('selects the finding row in the sheet when a finding is clicked', async () => {
    const { user, gateway } = renderPane(new MemoryGateway(sampleSheets()));
    await runCheck(user);
    const result = expected();
    const finding = result.findings.find((f) => f.subject.kind === 'member' && f.ref)!;
    const message = t(finding.messageKey, 'zh', finding.evidence);
    await user.click(screen.getAllByText(message)[0]!);
    expect(gateway.selected).toEqual([finding.ref]);
  });

  it('ignores a second click while a check runs, and can cancel it', async () => {
    const gateway = new MemoryGateway(sampleSheets());
    gateway.hold();
    const { user } = renderPane(gateway);
    const button = await screen.findByRole('button', { name: '一键检查' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    const running = screen.getByRole('button', { name: '正在检查…' });
    expect(running).toBeDisabled();
    await user.click(running);
    expect(gateway.checks).toHaveLength(1);
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '取消' }));
    act(() => gateway.resume());
    expect(await screen.findByText(/检查已取消/)).toBeInTheDocument();
    expect(gateway.checks[0]!.signal!.aborted).toBe(true);
  });

  it('clears the marks and says how many', async () => {
    const { user, gateway } = renderPane(new MemoryGateway(sampleSheets()));
    await runCheck(user);
    const marks = gateway.marks;
    await user.click(screen.getByRole('button', { name: '清除标记' }));
    expect(await screen.findByText(`已清除本工具所做的 ${marks} 处标色。`)).toBeInTheDocument();
    expect(gateway.marks).toBe(0);
  });

  it('shows the input problems when the workbook cannot be checked', async () => {
    const gateway = new MemoryGateway([{ sheet: '空表', rows: [['说明'], ['这里没有名单']] }]);
    const { user } = renderPane(gateway);
    await clickCheck(user);
    expect(await screen.findByText('无法检查：请先修正工作簿中的以下问题')).toBeInTheDocument();
    const outcome = checkSheets(gateway.sheets, presetPolicy());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      const issue = outcome.issues[0]!;
      expect(
        screen.getByText(t(issue.messageKey, 'zh', issue.params), { exact: false }),
      ).toBeInTheDocument();
    }
  });

  it('speaks English when Office does', async () => {
    renderPane(new MemoryGateway(sampleSheets()), 'en');
    expect(await screen.findByRole('button', { name: 'Check now' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Settings' })).toBeInTheDocument();
  });

  it('works over the real Excel adapter and the strict double', async () => {
    const double = DoubleWorkbook.fromSheets(
      sampleSheets().map((s) => ({
        name: s.sheet,
        rows: s.rows.map((row) => row.map((v) => (typeof v === 'object' ? null : v))),
      })),
    );
    const outcome = checkSheets(double.grids(), presetPolicy());
    if (!outcome.ok) throw new Error('sample must check');
    const { user } = renderPane(createExcelGateway(double.excelRun));
    const summary = await runCheck(user);
    const ineligible = outcome.value.members.filter((m) => m.status === 'ineligible').length;
    expect(within(summary).getByRole('listitem', { name: /^不符合条件 / })).toHaveAccessibleName(
      `不符合条件 ${ineligible}`,
    );
    expect(document.querySelectorAll('[data-finding]')).toHaveLength(
      outcome.value.findings.filter((f) => f.subject.kind === 'member').length,
    );
    expect(double.state.sheets.map((s) => s.name)).toContain('检查报告');
  });
});
