const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

/**
 * Throws (a programmer error: the product names its own sheets) unless every name is one Excel
 * accepts: 1-31 characters, none of `[ ] : * ? / \`, no leading or trailing `'`, not `History`,
 * and no two equal ignoring case. Spaces and inner `'` are fine.
 */
export function assertSheetNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const problem =
      name.length === 0 || name.length > 31
        ? 'must be 1-31 characters'
        : INVALID_SHEET_CHARS.test(name)
          ? 'must not contain [ ] : * ? / \\'
          : name.startsWith("'") || name.endsWith("'")
            ? "must not start or end with '"
            : name.toLowerCase() === 'history'
              ? 'is reserved by Excel'
              : seen.has(name.toLowerCase())
                ? 'is used twice'
                : undefined;
    if (problem) throw new Error(`Invalid sheet name "${name}": ${problem}`);
    seen.add(name.toLowerCase());
  }
}

/** A sheet name as formulas and links write it: always quoted, inner `'` doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
// Names Excel would read as a cell reference (A1, XFD100, R1C1, R, C).
const LOOKS_LIKE_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/;

/** Whether Excel accepts `name` for a table: letter/underscore first, no spaces, not a cell address. */
export function isValidTableName(name: string): boolean {
  return name.length <= 255 && TABLE_NAME.test(name) && !LOOKS_LIKE_REFERENCE.test(name);
}

/** Makes a valid table name from any text (spaces and punctuation become `_`). */
export function toTableName(raw: string): string {
  const cleaned = raw.replace(/[^\p{L}\p{N}_.]/gu, '_').slice(0, 250);
  const name = /^[\p{L}_]/u.test(cleaned) ? cleaned : `_${cleaned}`;
  return isValidTableName(name) ? name : `_${name}`;
}
