const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The member names (lower case) of a zip held in memory, from its central directory, or `null`
 * when the directory is missing or cut off (an unfinished download). Only the names are needed,
 * to tell an .xlsb or a Word document from an .xlsx before handing the bytes to exceljs.
 */
export function zipNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = bytes.length - 22;
  let eocd = -1;
  for (let p = last; p >= 0 && p >= last - 65535; p--)
    if (view.getUint32(p, true) === EOCD) {
      eocd = p;
      break;
    }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    const skip = nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) return null;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    names.push(name.replace(/^\/+/, '').toLowerCase());
    p += 46 + skip;
  }
  return names;
}
