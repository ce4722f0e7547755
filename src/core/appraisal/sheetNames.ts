/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

/** A legal sheet name: no `[]:*?/\`, no apostrophe at either end, at most 31 characters. */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim();
  return [...(cleaned || '_')].slice(0, SHEET_NAME_MAX).join('');
}

/** Hands out unique sheet names (Excel compares them case-insensitively), suffixing `(2)`, `(3)`... */
export class SheetNamer {
  private readonly used = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.used.add(name.toLowerCase());
  }

  /** A unique legal name close to `wanted`. */
  take(wanted: string): string {
    const base = sanitizeSheetName(wanted);
    let name = base;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`;
      name = [...base].slice(0, SHEET_NAME_MAX - suffix.length).join('') + suffix;
    }
    this.used.add(name.toLowerCase());
    return name;
  }
}

/** A sheet name quoted for a formula reference: `'学生代表-秘书处'!`, apostrophes doubled. */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
