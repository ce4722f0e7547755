import { SHEET_MARK } from '../core/marks';

/**
 * The WPS side of product ownership (src/core/marks holds the marker text both hosts write):
 * WPS reports a sheet-level name with its sheet's prefix.
 */

/** Whether a defined name's Name is the marker (WPS prefixes sheet-level names with `Sheet!`). */
export function isMarkName(name: unknown): boolean {
  return typeof name === 'string' && (name === SHEET_MARK || name.endsWith(`!${SHEET_MARK}`));
}
