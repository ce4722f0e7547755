/**
 * The browser page's entry (dist/web/index.html): no Office, no network. The language and theme
 * come from the browser; settings (never student data) are kept in its localStorage.
 */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { pickLang } from '../taskpane/i18n/pickLang';
import { WebApp } from './ui/WebApp';
import type { SettingsStorage } from './settingsStore';

/** localStorage, or a memory store when the browser refuses it (private modes, file:// pages). */
function settingsStorage(): SettingsStorage {
  try {
    const storage = window.localStorage;
    storage.getItem('');
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
    };
  }
}

const root = document.getElementById('root');
if (root) {
  const lang = pickLang(navigator.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  createRoot(root).render(
    <WebApp lang={lang} theme={dark ? webDarkTheme : webLightTheme} storage={settingsStorage()} />,
  );
}
