/**
 * The task pane's entry: the one place besides src/excel that talks to Office. It checks that the
 * page can run the pane, waits for Office once, reads the display language and theme, and hands
 * the pane an Excel gateway. Whatever fails on the way is said in Chinese and English, never a
 * blank page.
 */
import { createRoot } from 'react-dom/client';
import { createExcelGateway } from '../excel/gateway';
import { App } from './App';
import { missingFeatures, showBootMessage, waitForOffice } from './boot';
import { createWorkerEngine } from './engine/createWorkerEngine';
import { engineWithFallback } from './engine/fallbackEngine';
import { spawnEngineWorker } from './engine/spawnWorker';
import { pickLang } from './i18n/pickLang';
import { createWorkerReader } from './importer/createReader';
import { pickTheme } from './theme/pickTheme';

function start(root: HTMLElement): void {
  const lang = pickLang(Office.context.displayLanguage);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  // Read once: Excel gives add-ins no theme-change event (OfficeThemeChanged is Outlook's), so a
  // teacher who switches Office to Black sees the dark pane when the pane is next opened.
  const theme = pickTheme(Office.context.officeTheme);
  createRoot(root).render(
    <App
      // The core runs in a worker, one per check: collecting a million rows never blocks the pane.
      // A page that may not start one runs the same session in this thread, and says so.
      gateway={createExcelGateway(Excel.run, {
        engine: () => engineWithFallback(() => createWorkerEngine(spawnEngineWorker)),
      })}
      reader={createWorkerReader()}
      lang={lang}
      theme={theme}
    />,
  );
}

async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const missing = missingFeatures();
  if (missing.length > 0) {
    showBootMessage(root, 'ui.boot.tooOld', { missing: missing.join(', ') });
    return;
  }
  if (!(await waitForOffice(() => typeof Office !== 'undefined'))) {
    showBootMessage(root, 'ui.boot.noOffice');
    return;
  }
  const failed = (error: unknown): void =>
    showBootMessage(root, 'ui.boot.failed', {
      detail: error instanceof Error ? error.message : String(error),
    });
  try {
    void Office.onReady(() => {
      try {
        start(root);
      } catch (error) {
        failed(error);
      }
    });
  } catch (error) {
    failed(error);
  }
}

void boot();
