import type { MessageTable } from './types';

/** Messages of the `cli.*` area. */
export const CLI_MESSAGES: MessageTable = {};
