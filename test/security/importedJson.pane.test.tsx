/** @jest-environment jsdom */
import '../taskpane/support/jsdomGlobals';
import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import { SETTING_KEYS } from '../../src/excel/settings';
import { openAppraisal, sampleDouble } from '../taskpane/appraisal/pane';

/**
 * A workbook handed on by another teacher brings its saved policy and appraisal template: the pane
 * validates both like a file it imports, says what is wrong and where, uses the defaults, and does
 * not overwrite what was saved until the teacher edits.
 */
describe('settings a workbook brings with it', () => {
  it('are validated: each problem named by path in the pane, defaults used, nothing overwritten', async () => {
    const double = sampleDouble();
    const policy = JSON.stringify({ rules: { rank: { topPercent: 0 }, 'staff-totl': {} } });
    const appraisal = JSON.stringify({
      template: {
        name: '带来的模板',
        dimensions: [
          { name: '政治态度', max: 20 },
          { name: '学习', max: '20', weight: 5 },
        ],
      },
    });
    double.state.settings.set(SETTING_KEYS.policy, policy);
    double.state.settings.set(SETTING_KEYS.appraisal, appraisal);
    const { user } = await openAppraisal(double);
    const appraisalNotice = screen.getByText(/工作簿中保存的考核评议设置无法使用/);
    // The pane names a dimension as the teacher counts it (第2个维度 is dimensions[1]).
    expect(appraisalNotice).toHaveTextContent('第2个维度：满分须为大于 0');
    expect(appraisalNotice).toHaveTextContent('只有部分维度设置了权重');
    expect(screen.getByRole('combobox', { name: '评分模板' })).toHaveValue('national');

    await user.click(screen.getByRole('tab', { name: '设置' }));
    const policyNotice = await screen.findByText(/工作簿中保存的设置有误/);
    expect(policyNotice).toHaveTextContent('rules.rank.topPercent');
    expect(policyNotice).toHaveTextContent('rules.staff-totl');
    expect(screen.getByRole('combobox', { name: '政策方案' })).toHaveValue('national-school');

    await waitFor(() => expect(double.state.settings.get(SETTING_KEYS.policy)).toBe(policy));
    expect(double.state.settings.get(SETTING_KEYS.appraisal)).toBe(appraisal);
  });
});
