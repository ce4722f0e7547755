/**
 * The task pane's entry: the one place besides src/excel that talks to Office. It waits for
 * Office once, reads the display language and theme, and hands the pane an Excel gateway.
 */
import { createRoot } from 'react-dom/client';
import { createExcelGateway } from '../excel/gateway';
import { App } from './App';
import { createWorkerEngine } from './engine/createWorkerEngine';
import { spawnEngineWorker } from './engine/spawnWorker';
import { pickLang } from './i18n/pickLang';
import { createWorkerReader } from './importer/createReader';
import { pickTheme } from './theme/pickTheme';

void Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  const lang = pickLang(Office.context.displayLanguage);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  // Read once: Excel gives add-ins no theme-change event (OfficeThemeChanged is Outlook's), so a
  // teacher who switches Office to Black sees the dark pane when the pane is next opened.
  const theme = pickTheme(Office.context.officeTheme);
  createRoot(root).render(
    <App
      // The core runs in a worker, one per check: collecting a million rows never blocks the pane.
      gateway={createExcelGateway(Excel.run, {
        engine: () => createWorkerEngine(spawnEngineWorker),
      })}
      reader={createWorkerReader()}
      lang={lang}
      theme={theme}
    />,
  );
});
