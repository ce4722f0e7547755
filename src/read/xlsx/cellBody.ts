import { nameIs, nextLt, readTag, TagKind, type TagCursor } from '../xml/byteTag';
import { readText, type RawText } from '../xml/byteText';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const V = 0x76;
const C = 0x63;

/** Walks a cell's children up to `</c>`: `<v>` text, or inline-string runs without phonetic guides. */
function walkBody(buf: Uint8Array, from: number, tag: TagCursor, text: RawText): number {
  let phonetic = 0;
  let pos = from;
  for (;;) {
    const lt = nextLt(buf, pos);
    if (lt < 0 || !readTag(buf, lt, tag)) return -1;
    pos = tag.end;
    if (tag.kind === TagKind.Close) {
      if (nameIs(buf, tag, 'c')) return pos;
      if (nameIs(buf, tag, 'rPh')) phonetic--;
    } else if (tag.kind === TagKind.Open) {
      const isV = nameIs(buf, tag, 'v');
      if (isV || nameIs(buf, tag, 't')) {
        if (isV) text.reset(); // a second `<v>` replaces the first
        text.present = true;
        if (tag.selfClosing) continue;
        const next = readText(buf, pos, tag, isV || phonetic === 0 ? text : null);
        if (next < 0) return -1;
        pos = next;
      } else if (nameIs(buf, tag, 'rPh') && !tag.selfClosing) {
        phonetic++;
      }
    }
  }
}

/**
 * Reads a cell's content from just after its open tag into `text` (reset by the caller) and
 * returns the index after `</c>`, or -1 when the buffer ends first. The shape of nearly every
 * cell, `<v>…</v></c>`, is matched byte by byte; anything else takes the general walk.
 */
export function readCellBody(buf: Uint8Array, from: number, tag: TagCursor, text: RawText): number {
  if (buf[from] !== LT || buf[from + 1] !== V || buf[from + 2] !== GT) {
    return walkBody(buf, from, tag, text);
  }
  const close = nextLt(buf, from + 3);
  if (close < 0 || close + 8 > buf.length) return -1;
  const simple =
    buf[close + 1] === SLASH &&
    buf[close + 2] === V &&
    buf[close + 3] === GT &&
    buf[close + 4] === LT &&
    buf[close + 5] === SLASH &&
    buf[close + 6] === C &&
    buf[close + 7] === GT;
  if (!simple) return walkBody(buf, from, tag, text);
  text.addRange(buf, from + 3, close);
  text.present = true;
  return close + 8;
}
