import type { MessageTable } from './types';

/** Messages of the `excel.*` area. */
export const EXCEL_MESSAGES: MessageTable = {};
