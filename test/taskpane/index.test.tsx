/** @jest-environment jsdom */
import './support/jsdomGlobals';
import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import { DoubleWorkbook } from '../excel-double';

// The real spawn uses import.meta (webpack only); these tests never run a check, so no worker starts.
jest.mock('../../src/taskpane/engine/spawnWorker', () => ({
  spawnEngineWorker: () => {
    throw new Error('no engine worker in jsdom');
  },
}));

/** Office as the entry sees it: ready at once, English, a dark theme; Excel.run is the double's. */
function installOffice(displayLanguage: string, bodyBackgroundColor: string) {
  const ready: (() => void)[] = [];
  const office = {
    onReady: jest.fn((callback: () => void) => {
      ready.push(callback);
      callback();
      return Promise.resolve({ host: 'Excel', platform: 'PC' });
    }),
    context: { displayLanguage, officeTheme: { bodyBackgroundColor } },
  };
  const double = DoubleWorkbook.fromSheets([{ name: 'Sheet1', rows: [['姓名', '学号']] }]);
  Object.assign(globalThis, { Office: office, Excel: { run: double.excelRun } });
  return office;
}

/** The CSS variables FluentProvider set for its theme (inserted as CSS rules, not as text). */
function themeCss(): string {
  const style = document.querySelector<HTMLStyleElement>('style[id^="fui-FluentProvider"]');
  return [...(style?.sheet?.cssRules ?? [])].map((r) => r.cssText).join('\n');
}

describe('task pane entry', () => {
  // The entry renders with createRoot as Office would, outside act(); tell React this is not an act() test.
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  });
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<div id="root"></div>';
    jest.resetModules();
  });

  it('waits for Office once, then renders in Office’s language and dark theme', async () => {
    const office = installOffice('en-US', '#1F1F1F');
    await import('../../src/taskpane/index');
    expect(await screen.findByRole('button', { name: 'Check now' })).toBeInTheDocument();
    expect(office.onReady).toHaveBeenCalledTimes(1);
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(themeCss()).toContain('--colorNeutralBackground1: #292929'));
  });

  it('renders in Chinese for a Chinese Office', async () => {
    installOffice('zh-CN', '#FFFFFF');
    await import('../../src/taskpane/index');
    expect(await screen.findByRole('button', { name: '一键检查' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    await waitFor(() => expect(themeCss()).toContain('--colorNeutralBackground1: #ffffff'));
  });
});
