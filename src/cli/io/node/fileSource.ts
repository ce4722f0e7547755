import { open, type FileHandle } from 'node:fs/promises';
import type { ByteSource } from '../../../read/source';

/** An open file as a `ByteSource`; close it with `close()` when reading is over. */
export interface FileSource extends ByteSource {
  close(): Promise<void>;
}

function sourceOver(handle: FileHandle, size: number): FileSource {
  return {
    size,
    async read(offset, length) {
      const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - offset)));
      let got = 0;
      while (got < buffer.length) {
        const { bytesRead } = await handle.read(buffer, got, buffer.length - got, offset + got);
        if (bytesRead === 0) break; // the file shrank while it was read
        got += bytesRead;
      }
      return buffer.subarray(0, got);
    },
    close: () => handle.close(),
  };
}

/** Opens `path` for reading; file-system errors are the caller's to turn into messages. */
export async function openFileSource(path: string): Promise<FileSource> {
  const handle = await open(path, 'r');
  try {
    return sourceOver(handle, (await handle.stat()).size);
  } catch (error) {
    await handle.close();
    throw error;
  }
}
