/**
 * What a file really is, from its first bytes rather than its name: teachers' files are often
 * saved or renamed with the wrong extension (a web page called .xls, Excel's "Unicode text" called
 * .csv, a .xlsb renamed .xlsx). Pure: the command line and the pane's importer share it.
 */
export type ContentKind =
  /** A zip package: .xlsx/.xlsm, .xlsb, or another Office/ODF document. */
  | 'zip'
  /** An OLE2 compound file: a real BIFF .xls, or an .xlsx encrypted with an open password. */
  | 'ole2'
  /** A web page (HTML table), as web systems and Excel's "网页" format save "xls" exports. */
  | 'html'
  /** Excel's XML Spreadsheet 2003 (`<?xml` + `urn:schemas-microsoft-com:office:spreadsheet`). */
  | 'xml-spreadsheet'
  /** Other XML. */
  | 'xml'
  /** Delimited text: CSV or tab-separated, in UTF-8, GB18030 or UTF-16. */
  | 'text'
  /** None of the above (binary). */
  | 'binary';

/**
 * How many leading bytes `sniffContent` looks at: markup is searched this far (a web page's
 * `<table>` may come after a long `<head>`); text and binary are told apart on the first 4 KB.
 */
export const SNIFF_BYTES = 64 * 1024;
const TEXT_BYTES = 4096;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * `utf16le`/`utf16be` when the bytes look like UTF-16 text: a byte-order mark, or (Excel's
 * "Unicode text" written without one) zero bytes in one half of the byte pairs, as ASCII digits,
 * commas and tabs give, and almost none in the other half.
 */
export function utf16Order(head: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  const pairs = Math.floor(head.length / 2);
  if (pairs < 16) return undefined; // too few bytes to tell text from binary
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const order =
    odd >= pairs * 0.2 && even <= pairs * 0.02
      ? 'utf16le'
      : even >= pairs * 0.2 && odd <= pairs * 0.02
        ? 'utf16be'
        : undefined;
  return order && textUnits(head, order) ? order : undefined;
}

/**
 * Whether `controls` control characters among `length` are the few a broken export leaves in a
 * text table (the reader drops them and says where), not binary data, where they are everywhere.
 */
function fewControls(controls: number, length: number): boolean {
  return controls * 10 <= length && controls <= Math.max(8, length / 100);
}

/** True when the UTF-16 code units of `head` are text a table holds, but for a few controls. */
function textUnits(head: Uint8Array, order: 'utf16le' | 'utf16be'): boolean {
  const hi = order === 'utf16be' ? 0 : 1;
  let controls = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    const unit = ((head[i + hi] ?? 0) << 8) | (head[i + 1 - hi] ?? 0);
    if (unit < 0x20 && unit !== 9 && unit !== 10 && unit !== 13) controls++;
  }
  return fewControls(controls, head.length / 2);
}

/** The head as text for the markup checks: lower case, BOM and leading white space dropped. */
function markupHead(head: Uint8Array, utf16: 'utf16le' | 'utf16be' | undefined): string {
  let text = '';
  if (utf16) {
    const hi = utf16 === 'utf16be' ? 0 : 1;
    for (let i = 0; i + 1 < head.length; i += 2)
      text += String.fromCharCode(((head[i + hi] ?? 0) << 8) | (head[i + 1 - hi] ?? 0));
  } else {
    for (const b of head) text += String.fromCharCode(b);
  }
  return text
    .replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '')
    .trimStart()
    .toLowerCase();
}

// Control bytes a text table holds none of (tab, line feed, form feed, carriage return aside) or,
// from a broken export, a few; binary data is full of them.
function mostlyControlFree(head: Uint8Array): boolean {
  let controls = 0;
  for (const b of head) if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) controls++;
  return fewControls(controls, head.length);
}

/** Markup a spreadsheet program or a web system writes, from the head as lower-case text. */
function markupKind(text: string): ContentKind | undefined {
  if (text.startsWith('<?xml')) {
    if (
      text.includes('urn:schemas-microsoft-com:office:spreadsheet') ||
      text.includes('progid="excel.sheet"')
    )
      return 'xml-spreadsheet';
    return /<html[\s>]/.test(text) ? 'html' : 'xml';
  }
  if (/^<(!doctype\s+html|html|head|body|meta|table|style|title|!--)[\s>]/.test(text))
    return 'html';
  // A fragment some systems export: `<div>` or `<center>` around the table.
  if (text.startsWith('<') && /<table[\s>]/.test(text)) return 'html';
  return undefined;
}

/**
 * Classifies a file by its first bytes (pass up to `SNIFF_BYTES` of them). The one sniffer of the
 * product: the readers, the command line and the pane all decide by it; the legacy readers refine
 * an OLE2 file (BIFF8, BIFF5, password) by its streams (`legacy/format.ts`).
 */
export function sniffContent(head: Uint8Array): ContentKind {
  if (startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY)) return 'zip';
  if (startsWith(head, OLE2)) return 'ole2';
  const start = head.subarray(0, TEXT_BYTES);
  const utf16 = utf16Order(start);
  const markup = markupKind(markupHead(head, utf16));
  if (markup) return markup;
  if (utf16) return 'text';
  return mostlyControlFree(start) ? 'text' : 'binary';
}
