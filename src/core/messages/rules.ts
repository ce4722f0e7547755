import type { MessageTable } from './types';

/** Messages of the `rule.*` area. */
export const RULE_MESSAGES: MessageTable = {};
