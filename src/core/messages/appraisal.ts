import type { MessageTable } from './types';

/** Messages of the `appraisal.*` area. */
export const APPRAISAL_MESSAGES: MessageTable = {};
