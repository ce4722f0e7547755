import type { Readable } from 'node:stream';
import { XmlScanner, type XmlHandler } from './scanner';

/**
 * Feeds a stream of strings to `handler`; stops reading (and closes the stream) as soon as
 * `done()` says the rest of the part is not needed.
 */
export async function scanXmlStream(
  stream: Readable,
  handler: XmlHandler,
  done: () => boolean = () => false,
): Promise<void> {
  const scanner = new XmlScanner(handler);
  for await (const chunk of stream) {
    scanner.write(chunk as string);
    if (done()) return; // leaving the loop destroys the stream
  }
  scanner.end();
}
