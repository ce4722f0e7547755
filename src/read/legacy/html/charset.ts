import { asciiHead, encodingOfLabel, type TextEncoding } from '../text/decode';

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function declaredHtmlCharset(bytes: Uint8Array): TextEncoding | undefined {
  const label = META_CHARSET.exec(asciiHead(bytes, 64 * 1024))?.[1];
  return label === undefined ? undefined : encodingOfLabel(label);
}
