/**
 * A minimal OLE2 compound-file writer for tests (version 3, 512-byte sectors): streams under
 * 4096 bytes go to the mini stream, as real writers put them, so both read paths are exercised.
 */
const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_MARK = 0xfffffffd;

export interface CfbStream {
  readonly name: string;
  readonly data: Uint8Array;
}

const pad = (n: number, size: number): number => Math.ceil(n / size) * size;

function chainInto(table: number[], first: number, count: number): void {
  for (let k = 0; k < count; k++) table[first + k] = k === count - 1 ? END : first + k + 1;
}

/** The bytes of a compound file holding `streams` at its root. */
export function writeCfb(streams: readonly CfbStream[]): Uint8Array {
  const mini = streams.filter((s) => s.data.length < CUTOFF);
  const big = streams.filter((s) => s.data.length >= CUTOFF);
  const miniFat: number[] = [];
  const miniStart = new Map<CfbStream, number>();
  let miniBytes = 0;
  for (const s of mini) {
    const count = Math.max(1, pad(s.data.length, MINI) / MINI);
    miniStart.set(s, miniBytes / MINI);
    chainInto(miniFat, miniBytes / MINI, count);
    miniBytes += count * MINI;
  }
  const dirSectors = Math.ceil((streams.length + 1) / 4);
  const miniFatSectors = miniFat.length > 0 ? Math.ceil(miniFat.length / 128) : 0;
  const miniSectors = pad(miniBytes, SECTOR) / SECTOR;
  const bigSectors = big.map((s) => pad(s.data.length, SECTOR) / SECTOR);
  const body = dirSectors + miniFatSectors + miniSectors + bigSectors.reduce((a, b) => a + b, 0);
  let fatSectors = 1;
  while (fatSectors * 128 < fatSectors + body) fatSectors++;
  const total = fatSectors + body;
  const fat: number[] = new Array<number>(fatSectors * 128).fill(FREE);
  for (let k = 0; k < fatSectors; k++) fat[k] = FAT_MARK;
  let next = fatSectors;
  const dirStart = next;
  chainInto(fat, next, dirSectors);
  next += dirSectors;
  const miniFatStart = miniFatSectors ? next : END;
  chainInto(fat, next, miniFatSectors);
  next += miniFatSectors;
  const miniContainer = miniSectors ? next : END;
  chainInto(fat, next, miniSectors);
  next += miniSectors;
  const bigStart = big.map((_, k) => {
    const at = next;
    chainInto(fat, at, bigSectors[k]!);
    next += bigSectors[k]!;
    return at;
  });
  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, fatSectors, true);
  view.setUint32(48, dirStart, true);
  view.setUint32(56, CUTOFF, true);
  view.setUint32(60, miniFatStart, true);
  view.setUint32(64, miniFatSectors, true);
  view.setUint32(68, END, true);
  for (let k = 0; k < 109; k++) view.setUint32(76 + 4 * k, k < fatSectors ? k : FREE, true);
  const sectorAt = (s: number): number => (s + 1) * SECTOR;
  fat.forEach((v, k) => view.setUint32(sectorAt(0) + 4 * k, v, true));
  miniFat.forEach((v, k) => view.setUint32(sectorAt(miniFatStart) + 4 * k, v, true));
  for (let k = miniFat.length; k < miniFatSectors * 128; k++)
    view.setUint32(sectorAt(miniFatStart) + 4 * k, FREE, true);
  for (const s of mini) out.set(s.data, sectorAt(miniContainer) + miniStart.get(s)! * MINI);
  big.forEach((s, k) => out.set(s.data, sectorAt(bigStart[k]!)));
  const entry = (
    i: number,
    name: string,
    type: number,
    start: number,
    size: number,
    child: number,
    right: number,
  ): void => {
    const at = sectorAt(dirStart) + 128 * i;
    for (let c = 0; c < name.length; c++) view.setUint16(at + 2 * c, name.charCodeAt(c), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1;
    view.setUint32(at + 68, FREE, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  entry(0, 'Root Entry', 5, miniContainer, miniBytes, streams.length ? 1 : FREE, FREE);
  streams.forEach((s, k) => {
    const start = s.data.length < CUTOFF ? miniStart.get(s)! : bigStart[big.indexOf(s)]!;
    entry(k + 1, s.name, 2, start, s.data.length, FREE, k + 2 <= streams.length ? k + 2 : FREE);
  });
  return out;
}
