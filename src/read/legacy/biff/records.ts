import { damaged, u16 } from '../bytes';

/** Record types this reader acts on (MS-XLS 2.3); every other record is stepped over. */
export const Rt = {
  Formula: 0x0006,
  Eof: 0x000a,
  DateMode: 0x0022,
  FilePass: 0x002f,
  Continue: 0x003c,
  CodePage: 0x0042,
  BoundSheet: 0x0085,
  MulRk: 0x00bd,
  RString: 0x00d6,
  Xf: 0x00e0,
  Sst: 0x00fc,
  LabelSst: 0x00fd,
  Number: 0x0203,
  Label: 0x0204,
  BoolErr: 0x0205,
  String: 0x0207,
  Rk: 0x027e,
  Format: 0x041e,
  Bof: 0x0809,
} as const;

/** One record: its type, its payload, and the payloads of the CONTINUE records right after it. */
export interface BiffRecord {
  readonly type: number;
  readonly data: Uint8Array;
  /** The payload followed by its CONTINUE payloads: long strings run on across them. */
  readonly segments: readonly Uint8Array[];
  /** Offset of the record after this one and its CONTINUEs. */
  readonly next: number;
}

/**
 * The record at `at` in a workbook stream. A length that runs past the stream means the file is
 * cut short or hostile: refused, never read beyond.
 */
export function recordAt(stream: Uint8Array, at: number): BiffRecord {
  const type = u16(stream, at);
  const length = u16(stream, at + 2);
  const end = at + 4 + length;
  if (end > stream.length) throw damaged(`record 0x${type.toString(16)} runs past the stream`);
  const data = stream.subarray(at + 4, end);
  const segments = [data];
  let next = end;
  while (next + 4 <= stream.length && u16(stream, next) === Rt.Continue) {
    const more = next + 4 + u16(stream, next + 2);
    if (more > stream.length) throw damaged('CONTINUE runs past the stream');
    segments.push(stream.subarray(next + 4, more));
    next = more;
  }
  return { type, data, segments, next };
}

/** Every record from `start` up to the end of the stream, in order. */
export function* records(stream: Uint8Array, start: number): Generator<BiffRecord> {
  for (let at = start; at + 4 <= stream.length;) {
    const record = recordAt(stream, at);
    yield record;
    at = record.next;
  }
}
