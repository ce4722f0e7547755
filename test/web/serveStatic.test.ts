import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCommand } from '../../src/cli/web/openBrowser';
import { resolveRequest } from '../../src/cli/web/resolveRequest';
import { parseWebArgs, startWeb } from '../../src/cli/web/runWebCommand';
import { serveStatic, type StaticServer } from '../../src/cli/web/serveStatic';

/** A raw GET: the path goes to the server as written (fetch would normalise `..` away). */
function get(url: string, path: string, method = 'GET') {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; type: string | undefined; body: string }>((done, fail) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('union-compliance web: the static server', () => {
  const top = mkdtempSync(join(tmpdir(), 'uc-web-serve-'));
  const dir = join(top, 'web');
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>页面</title>');
    writeFileSync(join(dir, 'index.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'icon.png'), 'png');
    writeFileSync(join(top, 'secret.txt'), 'not for the page');
    symlinkSync(join(top, 'secret.txt'), join(dir, 'link.txt'));
    server = await serveStatic(dir);
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 at a port the system picked', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toContain(':0/');
  });

  it('serves the page at / and its files with their content types', async () => {
    expect(await get(server.url, '/')).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><title>页面</title>',
    });
    expect((await get(server.url, '/index.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await get(server.url, '/assets/icon.png')).type).toBe('image/png');
    expect((await get(server.url, '/index.js', 'HEAD')).status).toBe(200);
  });

  it.each([
    '/assets/',
    '/assets',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/link.txt',
    '/index.html%00.png',
    '/%E0%A4%A',
    '/missing.js',
  ])('refuses %s (no listing, nothing outside the folder)', async (path) => {
    const answer = await get(server.url, path);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('not for the page');
  });

  it('answers only GET and HEAD', async () => {
    expect((await get(server.url, '/index.html', 'POST')).status).toBe(405);
  });
});

describe('resolveRequest', () => {
  it('maps / to index.html and keeps paths inside the root', () => {
    expect(resolveRequest('/srv/web', '/')).toBe('/srv/web/index.html');
    expect(resolveRequest('/srv/web', '/a/b.js?x=1')).toBe('/srv/web/a/b.js');
    // The URL's own dot segments stay at the root; escaped slashes decoded later are refused.
    expect(resolveRequest('/srv/web', '/a/../../b.js')).toBe('/srv/web/b.js');
    expect(resolveRequest('/srv/web', '/a/..%2f..%2fb.js')).toBeUndefined();
  });
});

describe('union-compliance web: the command', () => {
  it('serves the package, prints the page’s address, opens it, and stops when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uc-web-cmd-'));
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'web', 'index.html'), 'ok');
    // A reader chunk the page shares with the pane: at the package root, loaded from ../
    writeFileSync(join(dir, 'src_read_legacy_index_ts.0123abcd.js'), 'chunk');
    const printed: string[] = [];
    const opened: string[] = [];
    const out = {
      stdout: (t: string) => void printed.push(t),
      stderr: (t: string) => void printed.push(t),
    };
    const run = await startWeb({ lang: 'zh', open: true }, out, dir, (url) => {
      opened.push(url);
      return Promise.resolve(false);
    });
    expect(run.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/web\/index\.html$/);
    expect(printed[0]).toContain(run.server.url);
    expect(opened).toEqual([run.server.url]);
    expect(printed[1]).toContain('无法自动打开浏览器');
    expect((await get(run.server.url, '/web/index.html')).body).toBe('ok');
    const chunk = new URL('../src_read_legacy_index_ts.0123abcd.js', run.server.url);
    expect((await get(run.server.url, chunk.pathname)).body).toBe('chunk');
    await run.server.close();
    await run.stopped;
  });

  it('says the page is missing when dist/web was never built', async () => {
    const printed: string[] = [];
    const out = { stdout: () => undefined, stderr: (t: string) => void printed.push(t) };
    await expect(
      startWeb({ lang: 'en', open: false }, out, join(tmpdir(), 'no-such-web')),
    ).rejects.toThrow();
    expect(printed.join('')).toContain('npm run build');
  });

  it('reads --no-open and --lang, and refuses other words', () => {
    expect(parseWebArgs(['--no-open', '--lang', 'en'])).toEqual({ lang: 'en', open: false });
    expect(() => parseWebArgs(['--port', '80'])).toThrow();
  });

  it('opens the address with the system’s own command', () => {
    expect(openCommand('linux', 'http://x/')).toEqual(['xdg-open', ['http://x/']]);
    expect(openCommand('darwin', 'http://x/')).toEqual(['open', ['http://x/']]);
    expect(openCommand('win32', 'http://x/')[0]).toBe('cmd');
  });
});
