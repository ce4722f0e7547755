import { damaged, u32 } from '../bytes';
import { type CfbHeader, END_OF_CHAIN, MAX_REGULAR_SECTOR, readCfbHeader } from './header';
import { type DirEntry, readDirectory, rootStreams } from './directory';

/**
 * A read-only OLE2 compound file (MS-CFB) over bytes already in memory. Every chain is walked with a
 * step limit of the sectors the bytes really hold, so a loop or a wild sector number in a hostile
 * file ends in a damaged-file message; every buffer is sized by sectors actually present.
 */
export class CompoundFile {
  private readonly header: CfbHeader;
  private readonly fat: Uint32Array;
  private readonly entries: readonly DirEntry[];
  private miniFat: Uint32Array | undefined;
  private miniStream: Uint8Array | undefined;

  /** Parses the header, FAT and directory of `data`; throws `io.legacy.damaged` on nonsense. */
  constructor(private readonly data: Uint8Array) {
    this.header = readCfbHeader(data);
    this.fat = this.readFat();
    this.entries = readDirectory(this.chainBytes(this.header.firstDirSector));
  }

  /** The names of the streams at the top level (e.g. `Workbook`, `EncryptionInfo`). */
  streamNames(): string[] {
    return rootStreams(this.entries).map((e) => e.name);
  }

  /** The top-level stream called `name` (case-insensitive, as the spec compares), or undefined. */
  stream(name: string): Uint8Array | undefined {
    const wanted = name.toUpperCase();
    const entry = rootStreams(this.entries).find((e) => e.name.toUpperCase() === wanted);
    if (!entry) return undefined;
    const bytes =
      entry.size < this.header.miniStreamCutoff
        ? this.miniChainBytes(entry.start)
        : this.chainBytes(entry.start);
    if (bytes.length < entry.size) throw damaged(`stream ${name} shorter than its size`);
    return bytes.subarray(0, entry.size);
  }

  private sector(index: number): Uint8Array {
    if (index >= this.header.sectorCount) throw damaged(`sector ${index} beyond the file`);
    const size = this.header.sectorSize;
    const start = (index + 1) * size;
    return this.data.subarray(start, Math.min(start + size, this.data.length));
  }

  private readFat(): Uint32Array {
    const fatSectors = [...this.header.headerDifat];
    const perDifat = this.header.sectorSize / 4 - 1;
    let next = this.header.firstDifatSector;
    for (let steps = 0; next <= MAX_REGULAR_SECTOR; steps++) {
      if (steps > this.header.sectorCount) throw damaged('DIFAT chain loops');
      const sector = this.sector(next);
      for (let i = 0; i < perDifat; i++) {
        const id = u32(sector, 4 * i);
        if (id <= MAX_REGULAR_SECTOR) fatSectors.push(id);
      }
      next = u32(sector, 4 * perDifat);
    }
    if (fatSectors.length > this.header.sectorCount) throw damaged('more FAT sectors than sectors');
    const fat = new Uint32Array(fatSectors.length * (this.header.sectorSize / 4));
    fatSectors.forEach((id, k) => {
      const sector = this.sector(id);
      const base = k * (this.header.sectorSize / 4);
      for (let i = 0; i + 4 <= sector.length; i += 4) fat[base + i / 4] = u32(sector, i);
    });
    return fat;
  }

  /** The sectors of the chain from `start` in `fat`, in order, at most `limit` of them. */
  private chain(start: number, fat: Uint32Array, limit: number): number[] {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN;) {
      if (s > MAX_REGULAR_SECTOR || s >= fat.length) throw damaged(`chain reaches sector ${s}`);
      if (out.length >= limit) throw damaged('sector chain loops');
      out.push(s);
      s = fat[s]!;
    }
    return out;
  }

  private chainBytes(start: number): Uint8Array {
    const sectors = this.chain(start, this.fat, this.header.sectorCount);
    const size = this.header.sectorSize;
    const out = new Uint8Array(sectors.length * size);
    sectors.forEach((s, k) => out.set(this.sector(s), k * size));
    return out;
  }

  private miniChainBytes(start: number): Uint8Array {
    const { miniFat, miniStream } = this.loadMini();
    const size = this.header.miniSectorSize;
    const count = Math.floor(miniStream.length / size);
    const sectors = this.chain(start, miniFat, count);
    const out = new Uint8Array(sectors.length * size);
    sectors.forEach((s, k) => {
      if (s >= count) throw damaged(`mini sector ${s} beyond the mini stream`);
      out.set(miniStream.subarray(s * size, (s + 1) * size), k * size);
    });
    return out;
  }

  private loadMini(): { miniFat: Uint32Array; miniStream: Uint8Array } {
    if (!this.miniFat || !this.miniStream) {
      const root = this.entries[0];
      if (!root) throw damaged('no root entry');
      const first = this.header.firstMiniFatSector;
      const fatBytes = first > MAX_REGULAR_SECTOR ? new Uint8Array(0) : this.chainBytes(first);
      const miniFat = new Uint32Array(fatBytes.length / 4);
      for (let i = 0; i < miniFat.length; i++) miniFat[i] = u32(fatBytes, 4 * i);
      this.miniFat = miniFat;
      this.miniStream =
        root.start > MAX_REGULAR_SECTOR ? new Uint8Array(0) : this.chainBytes(root.start);
    }
    return { miniFat: this.miniFat, miniStream: this.miniStream };
  }
}
