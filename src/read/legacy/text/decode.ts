/** The encodings a school system's export arrives in, as TextDecoder labels. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** The encoding a byte-order mark announces, with the mark's length. */
export function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * The encoding a charset label names (from `<meta charset>`, `http-equiv`, or `<?xml encoding>`).
 * GBK and GB2312 are read as GB18030, their superset, so a character outside GB2312 that a
 * system wrote anyway still decodes. Unknown labels give undefined: then the bytes decide.
 */
export function encodingOfLabel(label: string): TextEncoding | undefined {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  if (
    /^(gbk|gb2312|gb_2312-80|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|chinese)$/.test(
      l,
    )
  )
    return 'gb18030';
  if (l === 'big5' || l === 'big5-hkscs' || l === 'cp950') return 'big5';
  if (l === 'utf-16' || l === 'utf-16le' || l === 'unicode') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  return undefined;
}

/** Whether the bytes are valid UTF-8 (a GB18030 text with Chinese in it almost never is). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a whole text file: a byte-order mark wins, then the declared charset (when the bytes
 * agree: a page that says UTF-8 but is not is read as GB18030, what Chinese systems write), else
 * UTF-8 when valid, else GB18030.
 */
export function decodeText(bytes: Uint8Array, declared?: TextEncoding): string {
  const bom = bomOf(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  let encoding: TextEncoding = declared ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030');
  if (encoding === 'utf-8' && declared && !isUtf8(bytes)) encoding = 'gb18030';
  return new TextDecoder(encoding).decode(bytes);
}

/** The first `max` bytes as Latin-1, to look for ASCII markup (`<table`, `<meta charset=…>`). */
export function asciiHead(bytes: Uint8Array, max: number): string {
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8')
    return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length, max));
  let out = '';
  const end = Math.min(bytes.length, max);
  for (let i = bom ? 3 : 0; i < end; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}
