import type { Readable } from 'node:stream';
import { scanXmlStream } from '../xml/stream';
import { decodeExcelEscapes, decodeXml, detach } from '../xml/text';

/**
 * Reads the shared string table: each `<si>` as plain text, rich-text runs joined, phonetic
 * guides (`<rPh>`) left out.
 */
export async function readSharedStrings(stream: Readable): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let phonetic = 0;
  await scanXmlStream(stream, {
    open(name) {
      if (name === 'si') text = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(detach(decodeExcelEscapes(decodeXml(text))));
    },
    text(raw) {
      if (inText) text += raw;
    },
  });
  return strings;
}
