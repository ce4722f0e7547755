import { columnLetter } from '../../core/cells';
import type { Issue } from '../../core/issue';

const REPLACEMENT = '\uFFFD';

/**
 * Finds where a CSV's bad UTF-8 bytes landed: the decoder turns each into U+FFFD, and the first
 * field holding one gives the row and column the teacher should look at.
 */
export class BadBytesTracker {
  private first: { row: number; col: number } | undefined;

  /** Looks at one record's fields (1-based record number). */
  record(row: number, fields: readonly string[]): void {
    if (this.first) return;
    const col = fields.findIndex((f) => f.includes(REPLACEMENT));
    if (col >= 0) this.first = { row, col: col + 1 };
  }

  /** The warning for `count` bad sequences in `file`/`sheet`, or none when there were none. */
  issue(file: string, sheet: string, count: number): Issue | undefined {
    if (count === 0) return undefined;
    const at = this.first ?? { row: 1, col: 1 };
    return {
      severity: 'warning',
      messageKey: 'io.csvBadBytes',
      params: { file, sheet, count, row: at.row, col: columnLetter(at.col) },
      ref: { file, sheet, row: at.row, col: at.col },
    };
  }
}
