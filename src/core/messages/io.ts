import type { MessageTable } from './types';

/** Messages of the `io.*` area. */
export const IO_MESSAGES: MessageTable = {};
