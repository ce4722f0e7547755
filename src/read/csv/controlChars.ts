import { columnLetter } from '../../core/cells';
import type { Issue } from '../../core/issue';

// C0 controls and DEL, except tab, line feed and carriage return (a cell may hold those). Matching
// control characters is this module's purpose.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/* eslint-enable no-control-regex */

/** Whether decoded text holds a control character a cell cannot (checked once per chunk). */
export function hasControlChars(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Drops control characters (NUL, BEL, ESC …) from a text table's fields: a name '张\0三' never
 * matches '张三' elsewhere and a report cannot hold it. Counts them and keeps the first place, for
 * the one notice that tells the teacher where to look.
 */
export class ControlCharTracker {
  private count = 0;
  private first: { row: number; col: number } | undefined;

  /** Cleans one record's fields in place (1-based record number). */
  clean(row: number, fields: string[]): void {
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] ?? '';
      if (!CONTROL.test(field)) continue;
      const cleaned = field.replace(CONTROLS, '');
      this.count += field.length - cleaned.length;
      this.first ??= { row, col: i + 1 };
      fields[i] = cleaned;
    }
  }

  /** The warning for `file`/`sheet`, or none when no control character was found. */
  issue(file: string, sheet: string): Issue | undefined {
    const at = this.first;
    if (!at) return undefined;
    return {
      severity: 'warning',
      messageKey: 'io.controlChars',
      params: { file, sheet, count: this.count, row: at.row, col: columnLetter(at.col) },
      ref: { file, sheet, row: at.row, col: at.col },
    };
  }
}
