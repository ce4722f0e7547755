/** @jest-environment jsdom */
import '../support/jsdomGlobals';
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/taskpane/App';
import { RowsTable } from '../../../src/taskpane/appraisal/RowsTable';
import { LangProvider } from '../../../src/taskpane/i18n/LangContext';
import { createInPageReader } from '../../../src/taskpane/importer/createReader';
import { MemoryGateway } from '../support/memoryGateway';
import { sampleSheets } from '../support/workbook';

const reader = createInPageReader();

function renderPane(lang: 'zh' | 'en' = 'zh') {
  const gateway = new MemoryGateway(sampleSheets());
  const user = userEvent.setup({ delay: null });
  render(<App gateway={gateway} reader={reader} lang={lang} theme={webLightTheme} />);
  return { gateway, user };
}

describe('pane with the keyboard', () => {
  it('names the section tabs for assistive technology, in the pane’s language', async () => {
    renderPane('en');
    expect(screen.getByRole('tablist', { name: 'Pane sections' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Check now' })).toBeEnabled());
  });

  // Real Tab and arrow keys need a browser (Fluent's focus manager works through focus events
  // jsdom does not route): test/e2e/a11y/keyboard.ts drives them. Here: the list opts into it.
  it('makes each findings list one arrow-key group', async () => {
    const { user } = renderPane();
    const button = await screen.findByRole('button', { name: '一键检查' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    await screen.findByRole('list', { name: '检查结果汇总' });
    const findings = document.querySelectorAll('[data-finding]');
    expect(findings.length).toBeGreaterThan(1);
    const groups = new Set(
      [...findings].map((f) => f.closest('[data-tabster*="mover"]')).filter(Boolean),
    );
    expect(groups.size).toBe(1);
    // The group is the list itself, not something around the view switch above it.
    expect([...groups][0]).not.toContainElement(screen.getByRole('tab', { name: /^按成员/ }));
  });
});

describe('editable rows table', () => {
  it('gives the column of remove buttons a header a screen reader can read', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <LangProvider lang="zh">
          <RowsTable
            label="评分维度"
            rows={['政治态度']}
            columns={[{ header: '维度名称', kind: 'name', cell: (row: string) => row }]}
            removeLabel={(i) => `删除第${i + 1}个维度`}
            onRemove={() => undefined}
          />
        </LangProvider>
      </FluentProvider>,
    );
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['维度名称', '操作']);
  });
});
