import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative, resolve, sep } from 'node:path';
import { mimeType } from './mimeTypes';
import { resolveRequest } from './resolveRequest';

export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  close(): Promise<void>;
}

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

function refuse(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...HEADERS });
  res.end(status === 405 ? 'Method Not Allowed' : 'Not Found');
}

/** A real file inside the (real) root, following links only when they stay inside. */
async function servable(
  root: string,
  file: string,
): Promise<{ path: string; size: number } | undefined> {
  try {
    const real = await realpath(file);
    const rel = relative(root, real);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || resolve(root, rel) !== real)
      return undefined;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

async function answer(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405);
  const wanted = resolveRequest(root, req.url ?? '/');
  const found = wanted === undefined ? undefined : await servable(root, wanted);
  if (!found) return refuse(res, 404);
  res.writeHead(200, {
    'Content-Type': mimeType(found.path),
    'Content-Length': found.size,
    ...HEADERS,
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(found.path)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Serves the files under `dir` on 127.0.0.1 at a free port the system picks: GET and HEAD of
 * files only (no listings, nothing outside `dir`), each with its content type.
 */
export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const root = await realpath(dir);
  const server = createServer((req, res) => {
    answer(root, req, res).catch(() => {
      if (!res.headersSent) refuse(res, 404);
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
