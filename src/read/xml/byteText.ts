import { utf8 } from './utf8';
import { nextLt, readTag, TagKind, type TagCursor } from './byteTag';

function escapeCdata(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * An element's character data, still entity-encoded. The usual case, one run of bytes, is kept as
 * offsets into the buffer so a number can be parsed without making a string; runs split by CDATA or
 * comments are joined as text.
 */
export class RawText {
  /** The first run's bytes, or -1 when the text did not start with one. */
  start = -1;
  end = -1;
  /** Whether the element was there at all: an empty `<v/>` is present, a missing one is not. */
  present = false;
  private rest = '';
  private joined = false;

  /** Forgets the text, for the next element. */
  reset(): void {
    this.start = -1;
    this.end = -1;
    this.present = false;
    this.rest = '';
    this.joined = false;
  }

  /** Whether the text is exactly the bytes `start`..`end` (possibly none). */
  get single(): boolean {
    return !this.joined;
  }

  /** Appends the bytes `a`..`b` of `buf`. */
  addRange(buf: Uint8Array, a: number, b: number): void {
    if (a >= b) return;
    if (this.start < 0 && !this.joined) {
      this.start = a;
      this.end = b;
    } else {
      this.rest += utf8(buf, a, b);
      this.joined = true;
    }
  }

  /** Appends already-decoded raw text. */
  addString(text: string): void {
    if (text === '') return;
    this.rest += text;
    this.joined = true;
  }

  /** The text as a string (UTF-8 decoded, entities not yet resolved). */
  text(buf: Uint8Array): string {
    const head = this.start < 0 ? '' : utf8(buf, this.start, this.end);
    return this.joined ? head + this.rest : head;
  }
}

/**
 * Reads character data from `pos` up to the next element tag, adding it to `text` (CDATA sections
 * escaped so the whole decodes alike; comments skipped). Leaves that tag in `tag` and returns its
 * `<` index, or -1 when the buffer ends first.
 */
export function readText(
  buf: Uint8Array,
  pos: number,
  tag: TagCursor,
  text: RawText | null,
): number {
  let i = pos;
  for (;;) {
    const lt = nextLt(buf, i);
    if (lt < 0 || !readTag(buf, lt, tag)) return -1;
    text?.addRange(buf, i, lt);
    if (tag.kind === TagKind.Open || tag.kind === TagKind.Close) return lt;
    if (tag.kind === TagKind.Cdata) {
      text?.addString(escapeCdata(utf8(buf, tag.nameStart, tag.nameEnd)));
    }
    i = tag.end;
  }
}
