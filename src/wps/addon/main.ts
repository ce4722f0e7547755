/**
 * The add-in's hidden main page (index.html): WPS loads it at start-up and calls the ribbon's
 * callbacks here. The button opens (or shows again) the task pane with the React pane.
 */
import { wpsApplication } from './host';

const PANE_KEY = 'unionCompliancePaneId';

function paneUrl(): string {
  return new URL('taskpane.html', window.location.href).href;
}

function togglePane(): void {
  const app = wpsApplication();
  if (!app?.CreateTaskPane || !app.PluginStorage || !app.GetTaskPane) return;
  const id = Number(app.PluginStorage.getItem(PANE_KEY));
  if (id) {
    const pane = app.GetTaskPane(id);
    pane.Visible = !pane.Visible;
    return;
  }
  const pane = app.CreateTaskPane(paneUrl(), '学生会合规助手');
  app.PluginStorage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

const callbacks = {
  /** customUI onLoad. */
  OnAddinLoad: (): boolean => true,
  /** The button's onAction. */
  OnAction: (control: { readonly Id: string }): boolean => {
    if (control.Id === 'ucOpenPane') togglePane();
    return true;
  },
  GetImage: (): string => 'assets/icon-32.png',
};

Object.assign(window, callbacks);
