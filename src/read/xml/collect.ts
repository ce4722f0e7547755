import { XmlScanner, type XmlHandler } from './scanner';

/** Runs a handler over a whole, already-read XML part. */
export function scanXml(text: string, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  scanner.write(text);
  scanner.end();
}

/** Every element named `name` (local name) in `text`, as raw attribute strings, in document order. */
export function elementAttrs(text: string, name: string): string[] {
  const found: string[] = [];
  scanXml(text, {
    open: (element, attrs) => {
      if (element === name) found.push(attrs);
    },
    close: () => undefined,
    text: () => undefined,
  });
  return found;
}
