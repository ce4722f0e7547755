import type { Wording } from '../taskpane/i18n/LangContext';

/** The pane's sentences about "this workbook" as the page says them: it keeps settings in the browser. */
export const PAGE_WORDING: Wording = {
  'ui.app.title': 'web.title',
  'ui.settings.loading': 'web.settings.loading',
  'ui.settings.saved': 'web.settings.saved',
  'ui.settings.loadFailed': 'web.settings.loadFailed',
  'ui.settings.storedInvalid': 'web.settings.storedInvalid',
  'ui.appraisal.loading': 'web.appraisal.loading',
  'ui.appraisal.saved': 'web.appraisal.saved',
};
