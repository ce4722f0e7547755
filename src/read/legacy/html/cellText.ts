import type { CellValue } from '../../../core/cells';

/**
 * A cell's text as a browser shows it: runs of spaces and source line breaks collapse to one
 * space, `<br>` (kept as "\n") stays a line break, and the ends are trimmed. Always text, never
 * a number, so IDs keep their zeros and digits; the core reads numbers from text as it does for CSV.
 */
export function cellText(parts: readonly string[]): CellValue {
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
  return text === '' ? null : text;
}

/** Source whitespace inside a text run, as HTML renders it: any run of it is one space. */
export function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}
