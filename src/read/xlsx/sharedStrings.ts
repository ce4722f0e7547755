import { nameIs, nextLt, readTag, TagCursor, TagKind } from '../xml/byteTag';
import { RawText, readText } from '../xml/byteText';
import { scanChunks, type ByteScanner } from '../xml/chunks';
import type { EntryCheck } from '../zip/entryCheck';
import { decodeExcelEscapes, decodeXml } from '../xml/text';
import { FormatError } from '../errors';
import { LIMITS, shownLimit } from '../limits';

/** Reads `<si>` items whole from the part's bytes; an item cut by a chunk boundary is read again. */
class SharedStringsScanner implements ByteScanner {
  readonly done = false;
  readonly strings: string[] = [];
  private chars = 0;
  private closed = false;
  private readonly tag = new TagCursor();
  private readonly text = new RawText();

  /** `part` names the zip member in messages. */
  constructor(private readonly part: string) {}

  scan(buf: Uint8Array): number {
    const tag = this.tag;
    let pos = 0;
    for (;;) {
      const lt = nextLt(buf, pos);
      if (lt < 0) return buf.length;
      if (!readTag(buf, lt, tag)) return lt;
      pos = tag.end;
      if (tag.kind === TagKind.Close && nameIs(buf, tag, 'sst')) this.closed = true;
      if (tag.kind !== TagKind.Open || !nameIs(buf, tag, 'si')) continue;
      if (tag.selfClosing) {
        this.add('');
        continue;
      }
      const end = this.item(buf, pos);
      if (end < 0) return lt;
      pos = end;
    }
  }

  /** Reads one item's text up to `</si>`; returns the index after it, or -1. */
  private item(buf: Uint8Array, from: number): number {
    const tag = this.tag;
    const text = this.text;
    text.reset();
    let phonetic = 0;
    let pos = from;
    for (;;) {
      const lt = nextLt(buf, pos);
      if (lt < 0 || !readTag(buf, lt, tag)) return -1;
      pos = tag.end;
      if (tag.kind === TagKind.Close) {
        if (nameIs(buf, tag, 'si')) break;
        if (nameIs(buf, tag, 'rPh')) phonetic--;
      } else if (tag.kind === TagKind.Open && !tag.selfClosing) {
        if (nameIs(buf, tag, 't')) {
          const next = readText(buf, pos, tag, phonetic === 0 ? text : null);
          if (next < 0) return -1;
          pos = next;
        } else if (nameIs(buf, tag, 'rPh')) {
          phonetic++;
        }
      }
    }
    this.add(decodeExcelEscapes(decodeXml(text.text(buf))));
    return pos;
  }

  private add(text: string): void {
    this.chars += text.length;
    if (this.strings.length >= LIMITS.sharedStrings) {
      throw new FormatError('too many shared strings', 'io.tooMany', {
        part: this.part,
        limit: shownLimit(LIMITS.sharedStrings),
      });
    }
    if (this.chars > LIMITS.sharedStringChars) {
      throw new FormatError('shared strings too long', 'io.tooLong', {
        part: this.part,
        limit: shownLimit(LIMITS.sharedStringChars),
      });
    }
    this.strings.push(text);
  }

  /** The table ended without `</sst>`: it was cut short, and cells would point past its end. */
  finish(): void {
    if (!this.closed) throw new FormatError('shared strings end before </sst>');
  }
}

/**
 * Reads the shared string table: each `<si>` as plain text, rich-text runs joined, phonetic
 * guides (`<rPh>`) left out.
 */
export async function readSharedStrings(
  stream: AsyncIterable<Uint8Array>,
  part = 'sharedStrings.xml',
  check?: EntryCheck,
): Promise<string[]> {
  const scanner = new SharedStringsScanner(part);
  await scanChunks(stream, scanner, check);
  return scanner.strings;
}
