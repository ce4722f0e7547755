const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Resolves XML character and entity references (`&amp;`, `&#20013;`, `&#x4E2D;`). */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (whole, name?: string, dec?: string, hex?: string) => {
    if (name) return NAMED[name] ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Undoes Excel's `_xHHHH_` escapes in cell text (a carriage return is stored as `_x000D_`, a
 * literal `_x` as `_x005F_x`), so the core sees the text the teacher typed.
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(EXCEL_ESCAPE, (_whole, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/**
 * A copy of `text` that does not keep the parser's whole input chunk alive: V8 cuts long
 * substrings as views into their parent, and kept cell values must not pin the file in memory.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
