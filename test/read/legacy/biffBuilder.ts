import { writeCfb } from './cfbWriter';

/** Hand-built BIFF8 record streams for the cases LibreOffice never writes on demand. */

/** Little-endian bytes from a list of [value, width] pairs. */
export function le(...fields: (readonly [number, 1 | 2 | 4])[]): number[] {
  const out: number[] = [];
  for (const [v, w] of fields) for (let k = 0; k < w; k++) out.push((v >>> (8 * k)) & 0xff);
  return out;
}

/** A record: type, length, payload. */
export function record(type: number, payload: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(4 + payload.length);
  out.set(le([type, 2], [payload.length, 2]));
  out.set(Array.from(payload), 4);
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An XLUnicodeString: 16-bit length, flags, characters (wide when any is outside Latin-1). */
export function xlString(text: string, lengthBytes: 1 | 2 = 2): number[] {
  const wide = [...text].some((c) => c.charCodeAt(0) > 0xff);
  const chars: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    chars.push(...(wide ? le([c, 2]) : [c]));
  }
  return [...le([text.length, lengthBytes]), wide ? 1 : 0, ...chars];
}

const f64 = (v: number): number[] => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, v, true);
  return [...b];
};

export const bof = (dt: number, version = 0x0600): Uint8Array =>
  record(0x0809, le([version, 2], [dt, 2], [0, 4], [0, 4], [0, 4]));
export const eof = (): Uint8Array => record(0x000a, []);
export const xf = (format: number): Uint8Array =>
  record(0x00e0, [...le([0, 2], [format, 2]), ...new Array<number>(16).fill(0)]);
export const format = (id: number, code: string): Uint8Array =>
  record(0x041e, [...le([id, 2]), ...xlString(code)]);
export const dateMode1904 = (): Uint8Array => record(0x0022, le([1, 2]));
export const filePass = (): Uint8Array => record(0x002f, le([1, 2], [1, 2], [1, 2]));
export const labelSst = (r: number, c: number, xfi: number, i: number): Uint8Array =>
  record(0x00fd, le([r, 2], [c, 2], [xfi, 2], [i, 4]));
export const label = (r: number, c: number, text: string): Uint8Array =>
  record(0x0204, [...le([r, 2], [c, 2], [0, 2]), ...xlString(text)]);
export const number = (r: number, c: number, xfi: number, v: number): Uint8Array =>
  record(0x0203, [...le([r, 2], [c, 2], [xfi, 2]), ...f64(v)]);
export const rk = (r: number, c: number, xfi: number, raw: number): Uint8Array =>
  record(0x027e, le([r, 2], [c, 2], [xfi, 2], [raw, 4]));
export const mulRk = (
  r: number,
  c: number,
  cells: readonly (readonly [number, number])[],
): Uint8Array =>
  record(0x00bd, [
    ...le([r, 2], [c, 2]),
    ...cells.flatMap(([x, raw]) => le([x, 2], [raw, 4])),
    ...le([c + cells.length - 1, 2]),
  ]);
export const boolErr = (r: number, c: number, value: number, isError: boolean): Uint8Array =>
  record(0x0205, [...le([r, 2], [c, 2], [0, 2]), value, isError ? 1 : 0]);
export const blank = (r: number, c: number): Uint8Array =>
  record(0x0201, le([r, 2], [c, 2], [0, 2]));
export const mulBlank = (r: number, c: number, n: number): Uint8Array =>
  record(0x00be, [
    ...le([r, 2], [c, 2]),
    ...new Array<number>(2 * n).fill(0),
    ...le([c + n - 1, 2]),
  ]);
/** A FORMULA record with a special result (0 string, 1 bool, 2 error, 3 empty) or a number. */
export const formula = (
  r: number,
  c: number,
  result: number | readonly [number, number],
): Uint8Array =>
  record(0x0006, [
    ...le([r, 2], [c, 2], [0, 2]),
    ...(typeof result === 'number' ? f64(result) : [result[0], 0, result[1], 0, 0, 0, 0xff, 0xff]),
    ...le([0, 2], [0, 4], [0, 2]),
  ]);
export const stringResult = (text: string): Uint8Array => record(0x0207, xlString(text));

export interface SheetSpec {
  readonly name: string;
  readonly hidden?: boolean;
  /** 0 worksheet, 2 chart, 6 VBA module. */
  readonly kind?: number;
  readonly cells: readonly Uint8Array[];
}

/** A Workbook stream: globals (BOF, `globals`, BOUNDSHEETs, EOF), then each sheet's substream. */
export function workbookStream(
  globals: readonly Uint8Array[],
  sheets: readonly SheetSpec[],
): Uint8Array {
  const boundSheet = (s: SheetSpec, offset: number): Uint8Array =>
    record(0x0085, [...le([offset, 4]), s.hidden ? 1 : 0, s.kind ?? 0, ...xlString(s.name, 1)]);
  const head = concat([bof(0x0005), ...globals]);
  const sheetBytes = sheets.map((s) =>
    concat([bof(s.kind === 2 ? 0x0020 : 0x0010), ...s.cells, eof()]),
  );
  const globalsLength = head.length + sheets.reduce((n, s) => n + boundSheet(s, 0).length, 0) + 4;
  let offset = globalsLength;
  const bounds = sheets.map((s, k) => {
    const b = boundSheet(s, offset);
    offset += sheetBytes[k]!.length;
    return b;
  });
  return concat([head, ...bounds, eof(), ...sheetBytes]);
}

/** A whole .xls file around a Workbook stream. */
export function xlsFile(stream: Uint8Array, name = 'Workbook'): Uint8Array {
  return writeCfb([{ name, data: stream }]);
}
