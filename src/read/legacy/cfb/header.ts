import { damaged, startsWith, u16, u32 } from '../bytes';

/** The eight bytes every OLE2 compound file (old .xls, .et, .doc, encrypted .xlsx) starts with. */
export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** FAT markers: end of a chain, a free sector, and sectors that hold the FAT or DIFAT themselves. */
export const END_OF_CHAIN = 0xfffffffe;
export const MAX_REGULAR_SECTOR = 0xfffffffa;

/** What the 512-byte header says about where the rest of the container is. */
export interface CfbHeader {
  readonly sectorSize: number;
  readonly miniSectorSize: number;
  readonly miniStreamCutoff: number;
  readonly firstDirSector: number;
  readonly firstMiniFatSector: number;
  readonly firstDifatSector: number;
  /** The first 109 FAT sector numbers, kept in the header itself. */
  readonly headerDifat: readonly number[];
  /** How many whole or partial sectors the bytes hold after the header. */
  readonly sectorCount: number;
}

/**
 * Reads the header (MS-CFB 2.2). Only what the spec allows is accepted (512- or 4096-byte sectors,
 * 64-byte mini sectors), so nothing later is sized by a wild number.
 */
export function readCfbHeader(data: Uint8Array): CfbHeader {
  if (data.length < 512 || !startsWith(data, CFB_MAGIC)) throw damaged('no compound file header');
  const major = u16(data, 26);
  const sectorShift = u16(data, 30);
  if (!((major === 3 && sectorShift === 9) || (major === 4 && sectorShift === 12)))
    throw damaged(`compound file version ${major}, sector shift ${sectorShift}`);
  if (u16(data, 32) !== 6) throw damaged('mini sector size is not 64');
  const sectorSize = 1 << sectorShift;
  const headerDifat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = u32(data, 76 + 4 * i);
    if (sector <= MAX_REGULAR_SECTOR) headerDifat.push(sector);
  }
  return {
    sectorSize,
    miniSectorSize: 64,
    miniStreamCutoff: u32(data, 56),
    firstDirSector: u32(data, 48),
    firstMiniFatSector: u32(data, 60),
    firstDifatSector: u32(data, 68),
    headerDifat,
    sectorCount: Math.ceil((data.length - sectorSize) / sectorSize),
  };
}
