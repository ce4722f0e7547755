/** @jest-environment jsdom */
import '../../test/taskpane/support/jsdomGlobals';
import { t } from '../core/messages';
import { missingFeatures, showBootMessage, waitForOffice } from './boot';

describe('the pane’s start-up, never a blank page', () => {
  it('says in Chinese, then English, that office.js did not load', async () => {
    expect(await waitForOffice(() => false, 0)).toBe(false);
    const root = document.createElement('div');
    showBootMessage(root, 'ui.boot.noOffice');
    const shown = [...root.querySelectorAll('p')];
    expect(shown.map((p) => [p.lang, p.textContent])).toEqual([
      ['zh-CN', t('ui.boot.noOffice', 'zh')],
      ['en', t('ui.boot.noOffice', 'en')],
    ]);
    expect(shown[0]?.textContent).toContain('office.js');
  });

  it('goes on once Office is there', async () => {
    expect(await waitForOffice(() => true, 0)).toBe(true);
  });

  it('names what an engine too old lacks', () => {
    expect(missingFeatures()).toEqual([]);
    const saved = Object.fromEntries;
    try {
      (Object as { fromEntries?: unknown }).fromEntries = undefined;
      expect(missingFeatures()).toEqual(['Object.fromEntries']);
    } finally {
      Object.fromEntries = saved;
    }
    const root = document.createElement('div');
    showBootMessage(root, 'ui.boot.tooOld', { missing: 'Object.fromEntries' }, 'en');
    expect(root.firstElementChild?.textContent).toContain('missing: Object.fromEntries');
    expect(root.lastElementChild?.textContent).toContain('过旧');
  });
});
