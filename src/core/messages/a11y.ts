import type { MessageTable } from './types';

/** Messages of the `ui.a11y.*` area: text only assistive technology hears (screen readers). */
export const A11Y_MESSAGES = {
  'ui.a11y.sections': { zh: '功能页', en: 'Pane sections' },
  'ui.a11y.rowActions': { zh: '操作', en: 'Actions' },
} satisfies MessageTable;
