import type { Readable } from 'node:stream';
import { nameIs, nextLt, readTag, TagCursor, TagKind } from '../xml/byteTag';
import { RawText, readText } from '../xml/byteText';
import { scanChunks, type ByteScanner } from '../xml/chunks';
import { decodeExcelEscapes, decodeXml } from '../xml/text';

/** Reads `<si>` items whole from the part's bytes; an item cut by a chunk boundary is read again. */
class SharedStringsScanner implements ByteScanner {
  readonly done = false;
  readonly strings: string[] = [];
  private readonly tag = new TagCursor();
  private readonly text = new RawText();

  scan(buf: Buffer): number {
    const tag = this.tag;
    let pos = 0;
    for (;;) {
      const lt = nextLt(buf, pos);
      if (lt < 0) return buf.length;
      if (!readTag(buf, lt, tag)) return lt;
      pos = tag.end;
      if (tag.kind !== TagKind.Open || !nameIs(buf, tag, 'si')) continue;
      if (tag.selfClosing) {
        this.strings.push('');
        continue;
      }
      const end = this.item(buf, pos);
      if (end < 0) return lt;
      pos = end;
    }
  }

  /** Reads one item's text up to `</si>`; returns the index after it, or -1. */
  private item(buf: Buffer, from: number): number {
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
    this.strings.push(decodeExcelEscapes(decodeXml(text.text(buf))));
    return pos;
  }
}

/**
 * Reads the shared string table: each `<si>` as plain text, rich-text runs joined, phonetic
 * guides (`<rPh>`) left out.
 */
export async function readSharedStrings(stream: Readable): Promise<string[]> {
  const scanner = new SharedStringsScanner();
  await scanChunks(stream, scanner);
  return scanner.strings;
}
