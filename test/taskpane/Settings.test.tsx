/** @jest-environment jsdom */
import './support/jsdomGlobals';
import '@testing-library/jest-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { parsePolicy, policyToJson } from '../../src/core/policy/serialize';
import { presetPolicy } from '../../src/core/policy/presets';
import { App } from '../../src/taskpane/App';
import { createInPageReader } from '../../src/taskpane/importer/createReader';
import { MemoryGateway } from './support/memoryGateway';
import { sampleSheets } from './support/workbook';

const reader = createInPageReader();

async function openSettings(gateway: MemoryGateway) {
  const user = userEvent.setup({ delay: null });
  render(<App gateway={gateway} reader={reader} lang="zh" theme={webLightTheme} />);
  await user.click(screen.getByRole('tab', { name: '设置' }));
  await screen.findByRole('region', { name: '基本设置' });
  return user;
}

function lastSavedPolicy(gateway: MemoryGateway) {
  const json = gateway.saved.at(-1)?.policyJson;
  const parsed = parsePolicy(json ?? '');
  if (!parsed.ok) throw new Error(`saved policy does not read back: ${json}`);
  return parsed.value;
}

describe('settings tab', () => {
  it('shows the settings stored in the workbook', async () => {
    const stored = { ...presetPolicy('zhongzhi'), studentsServed: 1500 };
    const gateway = new MemoryGateway(sampleSheets(), { policyJson: policyToJson(stored) });
    await openSettings(gateway);
    expect(screen.getByRole('combobox', { name: '政策方案' })).toHaveValue('zhongzhi');
    expect(screen.getByRole('spinbutton', { name: '联系服务学生人数' })).toHaveValue(1500);
    expect(screen.getByRole('switch', { name: /政治面貌须为/ })).not.toBeChecked();
  });

  it('switches preset, keeps students served, and saves it in the workbook', async () => {
    const gateway = new MemoryGateway(sampleSheets(), {
      policyJson: policyToJson({ ...presetPolicy(), studentsServed: 900 }),
    });
    const user = await openSettings(gateway);
    await user.selectOptions(
      screen.getByRole('combobox', { name: '政策方案' }),
      'national-college',
    );
    await waitFor(() => expect(gateway.saved.length).toBeGreaterThan(0), { timeout: 3000 });
    const saved = lastSavedPolicy(gateway);
    expect(saved).toEqual({ ...presetPolicy('national-college'), studentsServed: 900 });
    expect(screen.getByRole('spinbutton', { name: '工作人员最多（人）' })).toHaveValue(30);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('设置已保存在本工作簿中。'),
    );
  });

  it('saves a threshold, the failed-course policy and the cohort', async () => {
    const gateway = new MemoryGateway(sampleSheets());
    const user = await openSettings(gateway);
    const top = screen.getByRole('spinbutton', { name: '排名须在前百分之几' });
    await user.clear(top);
    await user.type(top, '25');
    await user.click(screen.getByRole('radio', { name: /^宽松/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: '名额不是整数时' }), 'floor');
    const year = screen.getByRole('spinbutton', { name: '每个年级的代表至少占（%）' });
    await user.clear(year);
    await user.type(year, '12.5');
    await user.selectOptions(screen.getByRole('combobox', { name: '与谁比较排名' }), 'class');
    await waitFor(() => expect(lastSavedPolicy(gateway).rules.rank.cohort).toBe('class'), {
      timeout: 3000,
    });
    const saved = lastSavedPolicy(gateway);
    expect(saved.rules.rank.topPercent).toBe(25);
    expect(saved.rules.failed.mode).toBe('lenient');
    expect(saved.rules.rank.rounding).toBe('floor');
    expect(saved.rules.congress.minYearPercent).toBe(12.5);
    expect(screen.getByRole('status')).toHaveTextContent('设置已保存在本工作簿中。');
  });

  it('refuses a value out of range and says why, without saving it', async () => {
    const gateway = new MemoryGateway(sampleSheets());
    const user = await openSettings(gateway);
    const top = screen.getByRole('spinbutton', { name: '排名须在前百分之几' });
    await user.clear(top);
    await user.type(top, '150');
    expect(await screen.findByText('不能大于 100。')).toBeInTheDocument();
    // The debounced saves of the keystrokes before "150" settle inside act, as a render would.
    await act(() => new Promise((r) => setTimeout(r, 800)));
    const tops = gateway.saved.map((saved) => {
      const parsed = parsePolicy(saved.policyJson ?? '');
      return parsed.ok ? parsed.value.rules.rank.topPercent : undefined;
    });
    expect(tops).not.toContain(150);
    expect(tops).not.toContain(undefined);
  });

  it('warns when the stored settings cannot be read, and uses the default preset', async () => {
    const gateway = new MemoryGateway(sampleSheets(), { policyJson: '{"rules": {"rank": 5}}' });
    await openSettings(gateway);
    expect(screen.getByText(/工作簿中保存的设置有误/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '政策方案' })).toHaveValue('national-school');
  });

  it('lists the detected tables and lets the teacher change a column', async () => {
    const gateway = new MemoryGateway(sampleSheets());
    const user = await openSettings(gateway);
    const mapping = screen.getByRole('region', { name: '表格与列的对应' });
    const roster = await within(mapping).findByRole('button', {
      name: /“成员名单”：学生会成员名单/,
    });
    await user.click(roster);
    const political = within(mapping).getByRole('combobox', { name: '政治面貌' });
    expect(political).toHaveValue('7');
    await user.selectOptions(political, '0');
    await waitFor(
      () =>
        expect(gateway.saved.at(-1)?.overrides).toEqual([
          { sheet: '成员名单', block: 0, columns: { political: null } },
        ]),
      { timeout: 3000 },
    );
    expect(within(mapping).getByText('已手动调整')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('设置已保存在本工作簿中。'),
    );
  });
});
