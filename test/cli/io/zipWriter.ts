import { crc32, deflateRawSync } from 'node:zlib';

/** A zip member for tests: `raw` bypasses compression to plant damaged data. */
export interface TestZipMember {
  readonly name: string;
  readonly text?: string | undefined;
  readonly raw?: Buffer;
  readonly store?: boolean;
  /** Content as bytes instead of `text` (large generated parts). */
  readonly bytes?: Buffer;
  /** Lies planted in the directory and local header: a CRC or an uncompressed size. */
  readonly crc?: number;
  readonly size?: number;
}

/**
 * A minimal zip writer so tests can hand-craft .xlsx packages the way other tools write them
 * (absolute targets, namespace prefixes, odd member order) without another dependency.
 */
export function makeZip(members: readonly TestZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const data = member.bytes ?? Buffer.from(member.text ?? '', 'utf8');
    const crc = member.crc ?? crc32(data);
    const size = member.size ?? data.length;
    const method = member.store ? 0 : 8;
    const body = member.raw ?? (method === 8 ? deflateRawSync(data) : data);
    const name = Buffer.from(member.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
