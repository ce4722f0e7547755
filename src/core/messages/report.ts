import type { MessageTable } from './types';

/** Messages of the `report.*` area. */
export const REPORT_MESSAGES: MessageTable = {};
