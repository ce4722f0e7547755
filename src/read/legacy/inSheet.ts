import { MESSAGES } from '../../core/messages';
import { FormatError } from '../errors';

/**
 * The error with the sheet it happened in, when its message names a sheet (a conflicting cell);
 * other messages keep their own words and parameters.
 */
export function inSheet(error: unknown, sheet: string): unknown {
  if (!(error instanceof FormatError) || !MESSAGES[error.messageKey].zh.includes('{sheet}'))
    return error;
  return new FormatError(error.message, error.messageKey, { ...error.params, sheet });
}
