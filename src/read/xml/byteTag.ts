import { doctypeEnd, startsDoctype } from './doctype';

const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** XML white space. */
export function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** What kind of markup `readTag` found. */
export const enum TagKind {
  Open,
  Close,
  /** Comments, processing instructions, DOCTYPE: nothing to read, skip to `end`. */
  Other,
  /** `<![CDATA[`: its text is between `nameStart` and `nameEnd`. */
  Cdata,
}

/**
 * The last tag `readTag` read: one instance reused for every tag, so scanning a sheet's millions of
 * tags allocates nothing. Offsets index the buffer passed to `readTag`.
 */
export class TagCursor {
  kind = TagKind.Other;
  /** Local name (after any `x:` prefix). */
  nameStart = 0;
  nameEnd = 0;
  attrsStart = 0;
  attrsEnd = 0;
  selfClosing = false;
  /** Index just after the tag's `>`. */
  end = 0;
  /** Set by `findAttr` (byteAttr.ts): the found value's bytes, still entity-encoded. */
  valueStart = 0;
  valueEnd = 0;
}

function indexOfSeq(buf: Uint8Array, seq: readonly number[], from: number): number {
  const first = seq[0] ?? 0;
  for (let i = from; i <= buf.length - seq.length; i++) {
    if (buf[i] !== first) continue;
    let k = 1;
    while (k < seq.length && buf[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

const CDATA_OPEN = [...'<![CDATA['].map((c) => c.charCodeAt(0));
const CDATA_CLOSE = [0x5d, 0x5d, GT]; // ]]>
const COMMENT_CLOSE = [0x2d, 0x2d, GT]; // -->
const PI_CLOSE = [QUESTION, GT];

function readSpecial(buf: Uint8Array, lt: number, tag: TagCursor): boolean {
  const code = (i: number): number => buf[i] ?? 0;
  if (buf[lt + 2] === 0x44 && startsDoctype(code, buf.length, lt)) {
    if (lt + 9 > buf.length) return false; // may still become DOCTYPE
    const end = doctypeEnd(code, buf.length, lt);
    tag.kind = TagKind.Other;
    tag.end = end;
    return end >= 0;
  }
  if (buf[lt + 1] === QUESTION) {
    const close = indexOfSeq(buf, PI_CLOSE, lt + 2);
    tag.kind = TagKind.Other;
    tag.end = close + 2;
    return close >= 0;
  }
  const available = Math.min(CDATA_OPEN.length, buf.length - lt);
  let same = 0;
  while (same < available && buf[lt + same] === CDATA_OPEN[same]) same++;
  if (same === available && same < CDATA_OPEN.length) return false; // may still become CDATA
  if (same === CDATA_OPEN.length) {
    const close = indexOfSeq(buf, CDATA_CLOSE, lt + 9);
    tag.kind = TagKind.Cdata;
    tag.nameStart = lt + 9;
    tag.nameEnd = close;
    tag.end = close + 3;
    return close >= 0;
  }
  const comment = buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d;
  const close = comment ? indexOfSeq(buf, COMMENT_CLOSE, lt + 4) : buf.indexOf(GT, lt + 2);
  tag.kind = TagKind.Other;
  tag.end = close + (comment ? 3 : 1);
  return close >= 0;
}

/**
 * Reads the markup starting at `buf[lt] === '<'` into `tag`. Returns false when the buffer ends
 * before the markup does (the caller keeps the bytes from `lt` and retries with more). A `>` inside
 * a quoted attribute value does not end the tag.
 */
export function readTag(buf: Uint8Array, lt: number, tag: TagCursor): boolean {
  const n = buf.length;
  let i = lt + 1;
  if (i >= n) return false;
  const first = buf[i] ?? 0;
  if (first === BANG || first === QUESTION) return readSpecial(buf, lt, tag);
  const closing = first === SLASH;
  if (closing) i++;
  let nameStart = i;
  for (; i < n; i++) {
    const b = buf[i] ?? 0;
    if (b === GT || b === SLASH || isSpace(b)) break;
    if (b === COLON) nameStart = i + 1;
  }
  tag.nameStart = nameStart;
  tag.nameEnd = i;
  tag.attrsStart = i;
  for (let quote = 0; i < n; i++) {
    const b = buf[i] ?? 0;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === DQUOTE || b === SQUOTE) {
      quote = b;
    } else if (b === GT) {
      tag.selfClosing = buf[i - 1] === SLASH && i - 1 >= tag.nameEnd;
      tag.attrsEnd = tag.selfClosing ? i - 1 : i;
      tag.end = i + 1;
      tag.kind = closing ? TagKind.Close : TagKind.Open;
      return true;
    }
  }
  return false;
}

/** Whether the tag's local name is exactly `name` (ASCII). */
export function nameIs(buf: Uint8Array, tag: TagCursor, name: string): boolean {
  if (tag.nameEnd - tag.nameStart !== name.length) return false;
  for (let k = 0; k < name.length; k++) {
    if (buf[tag.nameStart + k] !== name.charCodeAt(k)) return false;
  }
  return true;
}

/** Index of the next `<` at or after `from`, or -1; a plain loop beats a native call on short runs. */
export function nextLt(buf: Uint8Array, from: number): number {
  const n = buf.length;
  for (let i = from; i < n; i++) if (buf[i] === 0x3c) return i;
  return -1;
}
