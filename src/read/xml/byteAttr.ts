import { isSpace, type TagCursor } from './byteTag';

const DQUOTE = 0x22;
const SQUOTE = 0x27;
const EQUALS = 0x3d;

/**
 * Finds attribute `name` (exact, prefix included) among the tag's attributes and sets
 * `tag.valueStart`/`valueEnd`; false when the tag has no such attribute.
 */
export function findAttr(buf: Uint8Array, tag: TagCursor, name: string): boolean {
  const end = tag.attrsEnd;
  let i = tag.attrsStart;
  while (i < end) {
    while (i < end && isSpace(buf[i] ?? 0)) i++;
    const start = i;
    while (i < end && buf[i] !== EQUALS && !isSpace(buf[i] ?? 0)) i++;
    const nameEnd = i;
    while (i < end && isSpace(buf[i] ?? 0)) i++;
    if (buf[i] !== EQUALS) {
      i++;
      continue;
    }
    i++;
    while (i < end && isSpace(buf[i] ?? 0)) i++;
    const quote = buf[i];
    if (quote !== DQUOTE && quote !== SQUOTE) return false;
    const close = buf.indexOf(quote, i + 1);
    if (close < 0 || close > end) return false;
    if (nameEnd - start === name.length) {
      let k = 0;
      while (k < name.length && buf[start + k] === name.charCodeAt(k)) k++;
      if (k === name.length) {
        tag.valueStart = i + 1;
        tag.valueEnd = close;
        return true;
      }
    }
    i = close + 1;
  }
  return false;
}
