import type { Inflater } from '../zip/inflate';
import { fflateInflater } from './fflateInflater';
import { streamInflater } from './streamInflater';

let chosen: Inflater | undefined;

function deflateRawInBrowser(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    // An engine that does not know the format throws here (a TypeError), before any data.
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/**
 * The inflater of a host that gave none: the engine's own DecompressionStream where it takes
 * 'deflate-raw', else fflate. Chosen once.
 */
export function defaultInflater(): Inflater {
  chosen ??= deflateRawInBrowser() ? streamInflater : fflateInflater;
  return chosen;
}
