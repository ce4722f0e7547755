import type { MessageTable } from './types';

/** Messages of the `ui.*` area. */
export const UI_MESSAGES: MessageTable = {};
