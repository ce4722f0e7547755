const DOCTYPE = '<!DOCTYPE';

/** Whether the markup at `lt` is, or (when the input ends first) may still become, `<!DOCTYPE`. */
export function startsDoctype(code: (i: number) => number, length: number, lt: number): boolean {
  for (let k = 0; k < DOCTYPE.length; k++) {
    if (lt + k >= length) return true;
    if (code(lt + k) !== DOCTYPE.charCodeAt(k)) return false;
  }
  return true;
}

/** Index just after the first `close` at or after `from`, or -1. */
function skipPast(
  code: (i: number) => number,
  length: number,
  from: number,
  close: string,
): number {
  for (let i = from; i + close.length <= length; i++) {
    let k = 0;
    while (k < close.length && code(i + k) === close.charCodeAt(k)) k++;
    if (k === close.length) return i + close.length;
  }
  return -1;
}

/**
 * The index just after a DOCTYPE starting at `lt`, internal subset included, or -1 when the input
 * ends first. Nothing inside is ever content: an entity declaration may hold `<row>` or `<c>`, and
 * the first `>` is often inside the subset, so quoted literals, comments, processing instructions
 * and the `[...]` subset are skipped whole. Declared entities are never expanded (xml/text.ts
 * knows only the five predefined ones and numeric references).
 */
export function doctypeEnd(code: (i: number) => number, length: number, lt: number): number {
  let quote = 0;
  let subset = false;
  for (let i = lt + DOCTYPE.length; i < length; i++) {
    const c = code(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3c && i + 3 >= length) {
      return -1; // cannot yet tell a comment from a declaration
    } else if (c === 0x3c && (code(i + 1) === 0x3f || code(i + 1) === 0x21)) {
      // A comment or PI inside the subset may hold quotes, `]` or `>`.
      const comment = code(i + 2) === 0x2d && code(i + 3) === 0x2d;
      if (comment || code(i + 1) === 0x3f) {
        const end = skipPast(code, length, i + 2, comment ? '-->' : '?>');
        if (end < 0) return -1;
        i = end - 1;
      }
    } else if (c === 0x5b) {
      subset = true;
    } else if (c === 0x5d) {
      subset = false;
    } else if (c === 0x3e && !subset) {
      return i + 1;
    }
  }
  return -1;
}
