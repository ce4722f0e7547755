import { Inflate } from 'fflate';
import { FormatError } from '../errors';
import type { Inflater } from '../zip/inflate';

// Input is pushed in pieces this small so that one push can never inflate into more than about
// 8 MB (deflate's limit is 1,032 : 1), whatever a hostile archive holds.
const PIECE = 8 * 1024;

function damaged(error: unknown): FormatError {
  return new FormatError(`deflate: ${error instanceof Error ? error.message : 'bad data'}`);
}

/**
 * Raw deflate in JavaScript (fflate, pinned), for browsers whose DecompressionStream does not
 * take 'deflate-raw' (Chromium before 103, Firefox before 113, Safari before 16.4: the kernels of
 * many WPS 2019 builds and of older 360 and QQ browsers). Slower than the browser's own, same
 * results; the input is pulled only as output is taken.
 */
export const fflateInflater: Inflater = {
  async *inflateRaw(input) {
    let out: Uint8Array[] = [];
    const inflate = new Inflate((data) => {
      if (data.length > 0) out.push(data);
    });
    const push = (bytes: Uint8Array, final: boolean): Uint8Array[] => {
      try {
        inflate.push(bytes, final);
      } catch (error) {
        throw damaged(error);
      }
      const ready = out;
      out = [];
      return ready;
    };
    for await (const chunk of input)
      for (let at = 0; at < chunk.length; at += PIECE)
        yield* push(chunk.subarray(at, Math.min(chunk.length, at + PIECE)), false);
    // The end of the input: a stream cut short fails here ("unexpected EOF").
    yield* push(new Uint8Array(0), true);
  },
};
