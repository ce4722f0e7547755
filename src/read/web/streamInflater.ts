import { FormatError } from '../errors';
import type { Inflater } from '../zip/inflate';

function damaged(error: unknown): FormatError {
  return new FormatError(`deflate: ${String(error)}`);
}

/**
 * The browser's (and Node 20's) `DecompressionStream('deflate-raw')` as an `Inflater`. Input is
 * pulled only as the output is read, so a large sheet is never held whole; any error the stream
 * raises is bad deflate data, reported as damage.
 */
export const streamInflater: Inflater = {
  async *inflateRaw(input) {
    const iterator = input[Symbol.asyncIterator]();
    const compressed = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    // Typed by hand: the DOM and Node typings of the pair disagree on the chunk types.
    const inflate = new DecompressionStream('deflate-raw') as unknown as {
      readable: ReadableStream<Uint8Array>;
      writable: WritableStream<Uint8Array>;
    };
    const reader = compressed.pipeThrough(inflate).getReader();
    let finished = false;
    try {
      for (;;) {
        const next = await reader.read().catch((error: unknown) => {
          throw error instanceof FormatError ? error : damaged(error);
        });
        if (next.done) break;
        yield next.value;
      }
      finished = true;
    } finally {
      // Leaving early (the scanner had enough, or failed) must stop reading the file.
      if (!finished) await reader.cancel().catch(() => undefined);
    }
  },
};
