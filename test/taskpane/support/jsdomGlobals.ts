/**
 * Browser globals the pane relies on that jsdom lacks (every browser the pane runs in has them):
 * import this first in a DOM test.
 */
import { deserialize, serialize } from 'node:v8';
import { configure } from '@testing-library/react';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { DecompressionStream, ReadableStream, WritableStream } from 'node:stream/web';

const g = globalThis as Record<string, unknown>;
g.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;
g.TextDecoder ??= NodeTextDecoder;
g.TextEncoder ??= NodeTextEncoder;
// The importer inflates .xlsx parts with the browser's DecompressionStream.
g.DecompressionStream ??= DecompressionStream;
g.ReadableStream ??= ReadableStream;
g.WritableStream ??= WritableStream;

/** jsdom lays nothing out, so there is never a resize to report. */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
g.ResizeObserver ??= NoLayoutResizeObserver;

/**
 * findBy… and waitFor give up after one second by default, which a loaded machine (CI, parallel jest
 * workers) can exceed while React renders the pane; a wrong pane still fails, only later.
 */
configure({ asyncUtilTimeout: 20_000 });
