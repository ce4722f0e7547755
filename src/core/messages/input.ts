import type { MessageTable } from './types';

/** Messages of the `input.*` area. */
export const INPUT_MESSAGES: MessageTable = {};
