import { SNIFF_BYTES, sniffContent } from '../sniff';
import { startsWith, u16 } from './bytes';
import { CompoundFile } from './cfb/container';

/** What a file is, judged by its bytes alone: the extension a teacher or a system gave it is not trusted. */
export type LegacyFormat =
  'xlsx' | 'xlsb' | 'biff8' | 'biff5' | 'html' | 'xml2003' | 'text' | 'encrypted' | 'unknown';

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

/**
 * Says what a spreadsheet file really is from its first bytes: a zip (.xlsx, or .xlsb), an OLE2
 * compound file (BIFF8 .xls or .et, BIFF5, or one with an open password), HTML or XML Spreadsheet
 * 2003 saved as ".xls", or delimited text. Cheap: the compound file's directory and the first
 * records are read, nothing else. WPS's .et is one of these inside and is sniffed the same way.
 */
export function sniffFormat(bytes: Uint8Array): LegacyFormat {
  if (bytes.length === 0) return 'unknown';
  // The kind comes from the one content sniffer; only zips and compound files are looked into.
  switch (sniffContent(bytes.subarray(0, SNIFF_BYTES))) {
    case 'zip':
      return zipKind(bytes);
    case 'ole2':
      return compoundKind(bytes);
    case 'html':
      return 'html';
    case 'xml-spreadsheet':
      return 'xml2003';
    case 'text':
      return 'text';
    case 'xml':
    case 'binary':
      return 'unknown';
  }
}
