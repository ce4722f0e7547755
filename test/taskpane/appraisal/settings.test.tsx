/** @jest-environment jsdom */
import '../support/jsdomGlobals';
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/taskpane/App';
import { createInPageReader } from '../../../src/taskpane/importer/createReader';
import { MemoryGateway } from '../support/memoryGateway';
import { sampleSheets } from '../support/workbook';
import { openAppraisal, sampleDouble } from './pane';

const KEY = 'UnionCompliance.appraisal';

function stored(double: ReturnType<typeof sampleDouble>): Record<string, unknown> {
  const text = double.snapshot().settings[KEY];
  return typeof text === 'string' ? (JSON.parse(text) as Record<string, unknown>) : {};
}

describe('考核评议: settings', () => {
  it('starts from the 001 template and four weighted scorer groups', async () => {
    await openAppraisal(sampleDouble());
    expect(screen.getByRole('combobox', { name: '参评范围' })).toHaveValue('leaders');
    expect(screen.getByRole('combobox', { name: '评分表' })).toHaveValue('per-department');
    expect(screen.getByRole('combobox', { name: '评分模板' })).toHaveValue('national');
    const dims = screen.getByRole('list', { name: '评分维度' });
    expect(within(dims).getAllByRole('listitem')[0]).toHaveTextContent('政治态度（满分 20 分）');
    const groups = screen.getByRole('table', { name: '评分组及权重' });
    expect(within(groups).getByRole('textbox', { name: '第1个评分组的名称' })).toHaveValue(
      '学生代表',
    );
    expect(within(groups).getByRole('spinbutton', { name: '第4个评分组的权重' })).toHaveValue(20);
    expect(screen.getByRole('combobox', { name: '汇总方式' })).toHaveValue('weighted');
  });

  it('saves valid choices in the workbook and shows them next time', async () => {
    const double = sampleDouble();
    const { user, view } = await openAppraisal(double);
    await user.type(screen.getByRole('textbox', { name: '学期' }), '2025-2026-1');
    await user.selectOptions(screen.getByRole('combobox', { name: '评分模板' }), 'hnjt-2021');
    await user.type(screen.getByRole('spinbutton', { name: '优秀比例上限（%）' }), '30');
    await waitFor(() => expect(stored(double)).toMatchObject({ term: '2025-2026-1' }), {
      timeout: 3000,
    });
    await waitFor(() => expect(stored(double)).toMatchObject({ excellentQuota: 30 }), {
      timeout: 3000,
    });
    expect(stored(double)).toMatchObject({ template: { name: 'hnjt-2021' } });
    view.unmount();
    await openAppraisal(double);
    expect(screen.getByRole('textbox', { name: '学期' })).toHaveValue('2025-2026-1');
    expect(screen.getByRole('combobox', { name: '评分模板' })).toHaveValue('hnjt-2021');
    expect(screen.getByRole('spinbutton', { name: '优秀比例上限（%）' })).toHaveValue(30);
  });

  it('edits a template of its own; problems block generation and are said plainly', async () => {
    const double = sampleDouble();
    const { user, generate } = await openAppraisal(double);
    await user.click(screen.getByRole('button', { name: '在此基础上自定义' }));
    const table = screen.getByRole('table', { name: '评分维度' });
    const name1 = within(table).getByRole('textbox', { name: '第1个维度的名称' });
    expect(name1).toHaveValue('政治态度');
    await user.clear(name1);
    expect(await screen.findByText(/第1个维度：维度名称不能为空。/)).toBeInTheDocument();
    expect(generate).toBeDisabled();
    await user.type(name1, '思想政治');
    await user.click(screen.getByRole('button', { name: '添加维度' }));
    await user.type(within(table).getByRole('textbox', { name: '第6个维度的名称' }), '创新能力');
    await user.clear(within(table).getByRole('spinbutton', { name: '第6个维度的满分' }));
    await user.type(within(table).getByRole('spinbutton', { name: '第6个维度的满分' }), '10');
    await waitFor(() => expect(generate).toBeEnabled());
    expect(screen.getByText(/满分合计 110 分/)).toBeInTheDocument();
    await waitFor(
      () =>
        expect(stored(double)).toMatchObject({
          template: {
            dimensions: expect.arrayContaining([
              { name: '创新能力', max: 10, description: '' },
            ]) as unknown,
          },
        }),
      { timeout: 3000 },
    );
    expect(screen.getByRole('combobox', { name: '评分模板' })).toHaveValue('custom');

    await user.clear(
      within(screen.getByRole('table', { name: '评分组及权重' })).getByRole('spinbutton', {
        name: '第2个评分组的权重',
      }),
    );
    expect(await screen.findByText(/按权重汇总需要为每个评分组填写权重/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('--groups');
    expect(generate).toBeDisabled();
  });

  it('falls back to the defaults, saying why, when the saved choices are damaged', async () => {
    const double = sampleDouble();
    double.state.settings.set(KEY, '{"template":{"name":"x","dimensions":[]}}');
    await openAppraisal(double);
    expect(screen.getByText(/工作簿中保存的考核评议设置无法使用/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '评分模板' })).toHaveValue('national');
  });

  it('has no 考核评议 tab over a gateway that cannot run it', async () => {
    render(
      <App
        gateway={new MemoryGateway(sampleSheets())}
        reader={createInPageReader()}
        lang="zh"
        theme={webLightTheme}
      />,
    );
    const check = await screen.findByRole('button', { name: '一键检查' });
    await waitFor(() => expect(check).toBeEnabled());
    expect(screen.getAllByRole('tab')).toHaveLength(2);
    expect(screen.queryByRole('tab', { name: '考核评议' })).not.toBeInTheDocument();
  });
});
