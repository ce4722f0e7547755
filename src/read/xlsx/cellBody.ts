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

const I = 0x69;
const S = 0x73;
const T = 0x74;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
// What closes a plain inline string: `</t></is></c>`.
const INLINE_CLOSE = [LT, SLASH, T, GT, LT, SLASH, I, S, GT, LT, SLASH, C, GT] as const;

/**
 * `<is><t>…</t></is></c>` (the `<t>` may carry `xml:space`), the shape of every text cell that
 * Apache POI's streaming writer and openpyxl's write-only mode write: the text's bytes are noted
 * without walking tag by tag. Returns the index after `</c>`, -1 when the buffer ends first, or -2
 * for any other shape (rich runs, phonetic guides, CDATA, comments), which the general walk reads.
 */
function plainInline(buf: Uint8Array, from: number, text: RawText): number {
  if (from + 7 > buf.length) return -1;
  if (buf[from + 1] !== I || buf[from + 2] !== S || buf[from + 3] !== GT) return -2;
  if (buf[from + 4] !== LT || buf[from + 5] !== T) return -2;
  let open = from + 6;
  if (buf[open] !== GT) {
    const after = buf[open];
    if (after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d) return -2;
    // Attributes of `<t>` (`xml:space="preserve"`): quoted values are stepped over whole.
    for (; open < buf.length && buf[open] !== GT; open++) {
      const quote = buf[open];
      if (quote === LT) return -2;
      if (quote !== DQUOTE && quote !== SQUOTE) continue;
      open++;
      while (open < buf.length && buf[open] !== quote) open++;
      if (open >= buf.length) return -1;
    }
    if (open >= buf.length) return -1;
    if (buf[open - 1] === SLASH) return -2; // `<t … />`: the general walk reads it
  }
  const start = open + 1;
  const close = nextLt(buf, start);
  if (close < 0 || close + INLINE_CLOSE.length > buf.length) return -1;
  for (let k = 1; k < INLINE_CLOSE.length; k++) if (buf[close + k] !== INLINE_CLOSE[k]) return -2;
  text.addRange(buf, start, close);
  text.present = true;
  return close + INLINE_CLOSE.length;
}

/**
 * Reads a cell's content from just after its open tag into `text` (reset by the caller) and
 * returns the index after `</c>`, or -1 when the buffer ends first. The shapes of nearly every
 * cell, `<v>…</v></c>` and `<is><t>…</t></is></c>`, are matched byte by byte; anything else takes
 * the general walk.
 */
export function readCellBody(buf: Uint8Array, from: number, tag: TagCursor, text: RawText): number {
  if (buf[from] === LT && buf[from + 1] === I) {
    const end = plainInline(buf, from, text);
    return end === -2 ? walkBody(buf, from, tag, text) : end;
  }
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
