import type { ByteSource } from '../source';

/** The part of FileReader used here (named so the reader compiles without the DOM library). */
interface ByteFileReader {
  result: unknown;
  error: unknown;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  readAsArrayBuffer(blob: Blob): void;
}

function sliceBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  // Older engines (and jsdom) have only FileReader.
  const Reader = (globalThis as { FileReader?: new () => ByteFileReader }).FileReader;
  if (!Reader) return Promise.reject(new Error('no way to read a Blob'));
  return new Promise((resolve, reject) => {
    const reader = new Reader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () =>
      reject(reader.error instanceof Error ? reader.error : new Error('FileReader failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/** A picked File (or any Blob) as a `ByteSource`: each read slices the blob, nothing is read whole. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) =>
      new Uint8Array(await sliceBytes(blob.slice(offset, Math.min(blob.size, offset + length)))),
  };
}
