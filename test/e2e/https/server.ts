/**
 * A static HTTPS server as a school's IIS or nginx would be set up from docs/DEPLOY.md: the package
 * unpacked under the folder of the hosting address, the MIME types listed there, nosniff.
 */
import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Certificate } from './cert';

/** The MIME types DEPLOY.md (and the package's web.config) give the server. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'text/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.config': 'application/octet-stream',
};

export interface ServedRequest {
  readonly path: string;
  readonly status: number;
}

export interface HttpsSite {
  /** https://localhost:<port> */
  readonly origin: string;
  readonly requests: ServedRequest[];
  close(): Promise<void>;
}

/** Serves `dir` at `folder` (e.g. "/union/") over HTTPS on localhost and a free port. */
export async function serveHttps(
  dir: string,
  folder: string,
  tls: Certificate,
): Promise<HttpsSite> {
  const root = normalize(dir + sep);
  const requests: ServedRequest[] = [];
  const answer = (path: string, status: number) => requests.push({ path, status });
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
    const file = normalize(join(root, path.slice(folder.length)));
    const type = MIME_TYPES[extname(file)];
    // IIS does not serve its own web.config; neither does this server.
    if (
      !path.startsWith(folder) ||
      !file.startsWith(root) ||
      !type ||
      file.endsWith('web.config')
    ) {
      answer(path, 404);
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        answer(path, 200);
        res.writeHead(200, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
        res.end(body);
      },
      () => {
        answer(path, 404);
        res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://localhost:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
