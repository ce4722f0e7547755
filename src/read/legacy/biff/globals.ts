import { FormatError } from '../../errors';
import { damaged, u16, u32, u8 } from '../bytes';
import { codePageDecoder, type Text8Decoder } from './codepage';
import { records, Rt } from './records';
import { readShortString, readSst, readUnicodeString } from './strings';

/** A worksheet as BOUNDSHEET lists it: where its substream starts, its name, whether hidden. */
export interface SheetEntry {
  readonly name: string;
  readonly offset: number;
  readonly hidden: boolean;
}

/** What the cells of every sheet refer to: strings, number formats per XF, the date system. */
export interface Globals {
  readonly version: 'biff8' | 'biff5';
  readonly sheets: readonly SheetEntry[];
  readonly sst: readonly string[];
  /** Number format id of each XF record, in order: a cell's XF index looks it up here. */
  readonly xfFormats: readonly number[];
  readonly customFormats: ReadonlyMap<number, string>;
  readonly date1904: boolean;
  /** Decodes BIFF5's one-byte text (from the CODEPAGE record). */
  readonly text8: Text8Decoder;
}

const BOF_GLOBALS = 0x0005;
const WORKSHEET = 0x00;

/** Raised for a FILEPASS record: the workbook has an open password (RC4 or XOR obfuscation). */
export function encrypted(): FormatError {
  return new FormatError('workbook is encrypted', 'io.legacy.encrypted');
}

/** BIFF5's strings: a length (8- or 16-bit) and that many code-page bytes. */
export function text8(
  data: Uint8Array,
  at: number,
  lengthBytes: 1 | 2,
  decoder: Text8Decoder,
): string {
  const count = lengthBytes === 1 ? u8(data, at) : u16(data, at);
  const start = at + lengthBytes;
  if (start + count > data.length) throw damaged('text beyond record');
  return decoder.decode(data.subarray(start, start + count));
}

/** Reads the workbook globals substream at the start of the Workbook (BIFF8) or Book (BIFF5) stream. */
export function readGlobals(stream: Uint8Array): Globals {
  const first = records(stream, 0).next();
  if (first.done || first.value.type !== Rt.Bof) throw damaged('workbook stream has no BOF');
  const bof = first.value.data;
  const version = u16(bof, 0) === 0x0600 ? 'biff8' : u16(bof, 0) === 0x0500 ? 'biff5' : undefined;
  if (!version || u16(bof, 2) !== BOF_GLOBALS) throw damaged('not a BIFF5/BIFF8 workbook');
  const sheets: SheetEntry[] = [];
  const xfFormats: number[] = [];
  const customFormats = new Map<number, string>();
  let sst: string[] = [];
  let date1904 = false;
  let decoder = codePageDecoder(undefined);
  for (const record of records(stream, first.value.next)) {
    const d = record.data;
    switch (record.type) {
      case Rt.FilePass:
        throw encrypted();
      case Rt.CodePage:
        decoder = codePageDecoder(u16(d, 0));
        break;
      case Rt.DateMode:
        date1904 = u16(d, 0) === 1;
        break;
      case Rt.Format:
        customFormats.set(
          u16(d, 0),
          version === 'biff8' ? readUnicodeString(record.segments, 2) : text8(d, 2, 1, decoder),
        );
        break;
      case Rt.Xf:
        xfFormats.push(u16(d, 2));
        break;
      case Rt.Sst:
        if (version === 'biff8') sst = readSst(record.segments);
        break;
      case Rt.BoundSheet:
        if (u8(d, 5) === WORKSHEET)
          sheets.push({
            offset: u32(d, 0),
            hidden: (u8(d, 4) & 0x03) !== 0,
            name: version === 'biff8' ? readShortString(d, 6) : text8(d, 6, 1, decoder),
          });
        break;
      case Rt.Eof:
        return { version, sheets, sst, xfFormats, customFormats, date1904, text8: decoder };
    }
  }
  throw damaged('workbook globals have no EOF');
}
