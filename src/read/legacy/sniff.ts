import { startsWith, u16 } from './bytes';
import { CompoundFile } from './cfb/container';
import { CFB_MAGIC } from './cfb/header';
import { asciiHead } from './text/decode';

/** What a file is, judged by its bytes alone: the extension a teacher or a system gave it is not trusted. */
export type LegacyFormat =
  'xlsx' | 'xlsb' | 'biff8' | 'biff5' | 'html' | 'xml2003' | 'text' | 'encrypted' | 'unknown';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const HEAD = 64 * 1024;
const FILEPASS = 0x002f;
const EOF = 0x000a;

function zipKind(bytes: Uint8Array): LegacyFormat {
  // An .xlsb names its workbook part xl/workbook.bin in the zip's file names; an .xlsx, .xml.
  const wanted = 'xl/workbook.bin';
  const codes = Array.from(wanted, (c) => c.charCodeAt(0));
  for (let i = bytes.indexOf(0x78); i >= 0; i = bytes.indexOf(0x78, i + 1))
    if (startsWith(bytes, codes, i)) return 'xlsb';
  return 'xlsx';
}

/** Whether the globals of a BIFF stream carry FILEPASS (an open password) before their EOF. */
function hasFilePass(stream: Uint8Array): boolean {
  for (let at = 0; at + 4 <= stream.length;) {
    const type = u16(stream, at);
    if (type === FILEPASS) return true;
    if (type === EOF) return false;
    at += 4 + u16(stream, at + 2);
  }
  return false;
}

function compoundKind(bytes: Uint8Array): LegacyFormat {
  let cfb: CompoundFile;
  try {
    cfb = new CompoundFile(bytes);
  } catch {
    return 'biff8'; // a damaged container: the BIFF reader says so, naming the file
  }
  const names = cfb.streamNames().map((n) => n.toUpperCase());
  if (names.includes('ENCRYPTIONINFO') || names.includes('ENCRYPTEDPACKAGE')) return 'encrypted';
  try {
    const workbook = cfb.stream('Workbook');
    if (workbook)
      return hasFilePass(workbook) ? 'encrypted' : u16(workbook, 4) === 0x0500 ? 'biff5' : 'biff8';
    if (cfb.stream('Book')) return 'biff5';
  } catch {
    return 'biff8'; // the reader reports where the workbook stream is damaged
  }
  return 'unknown';
}

function isTextLike(head: string): boolean {
  // Binary files are full of NUL and other control bytes; exported text has none but tab and breaks.
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return false;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls * 100 <= head.length;
}

function markupKind(head: string): LegacyFormat | undefined {
  const start = head
    .replace(/^[\s\ufeff]+/, '')
    .slice(0, 4096)
    .toLowerCase();
  const lower = head.toLowerCase();
  if (
    start.startsWith('<?xml') &&
    (lower.includes('urn:schemas-microsoft-com:office:spreadsheet') ||
      lower.includes('progid="excel.sheet"'))
  )
    return 'xml2003';
  if (/^<(!doctype\s+html|html|head|body|meta|table|style|title|!--)/.test(start)) return 'html';
  if (start.startsWith('<') && /<table[\s>]/.test(lower)) return 'html';
  return undefined;
}

/**
 * Says what a spreadsheet file really is from its first bytes: a zip (.xlsx, or .xlsb), an OLE2
 * compound file (BIFF8 .xls or .et, BIFF5, or one with an open password), HTML or XML Spreadsheet
 * 2003 saved as ".xls", or delimited text. Cheap: the compound file's directory and the first
 * records are read, nothing else. WPS's .et is one of these inside and is sniffed the same way.
 */
export function sniffFormat(bytes: Uint8Array): LegacyFormat {
  if (startsWith(bytes, ZIP_MAGIC)) return zipKind(bytes);
  if (startsWith(bytes, CFB_MAGIC)) return compoundKind(bytes);
  const head = asciiHead(bytes, HEAD);
  const markup = markupKind(head);
  if (markup) return markup;
  if (bytes.length === 0) return 'unknown';
  // UTF-16 text (Excel's "Unicode text", with its mark) was decoded into `head`, so no NULs remain.
  return isTextLike(head) ? 'text' : 'unknown';
}
