/**
 * The deployment test: the production package (npm run package) unpacked onto a real HTTPS server
 * on localhost with a certificate made here, and the task pane opened from it in Debian's Chromium.
 * Every address in the manifest and every file of the package answers 200; the pane and the
 * commands page load without a console error; the page's Content-Security-Policy blocks another
 * origin, inline script and eval. office.js is answered by a stand-in at its CDN address (see
 * officeStub.ts). HTTPS_TEST_ZIP=path tests a zip already made instead of building one.
 */
import assert from 'node:assert/strict';
import { get } from 'node:https';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../chromium';
import { makePackage } from '../../../scripts/package';
import { ROOT } from '../build';
import { makeCertificate, type Certificate } from './cert';
import { cspProbe } from './cspProbe';
import { OFFICE_STUB } from './officeStub';
import { serveHttps, type HttpsSite } from './server';
import { unpack, type Unpacked } from './unpack';
import { runWithLimit, timedLog } from '../runner';

const HOSTED_AT = 'https://addin.school.example.edu.cn/union/';
const OUT = join(ROOT, 'test-results', 'https');
const TIME_LIMIT_MS = 600_000;

const log = timedLog('https');

/** Status and body of one GET, verifying the server's certificate against ours. */
function fetchOver(url: string, tls: Certificate): Promise<{ status: number; type: string }> {
  return new Promise((resolve, reject) => {
    get(url, { ca: tls.cert }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) }),
      );
    }).on('error', reject);
  });
}

/** The manifest's addresses and the package's files, fetched from the local site: all 200. */
async function everyAddressAnswers(site: HttpsSite, pkg: Unpacked, tls: Certificate) {
  const folder = new URL(pkg.base).pathname;
  const local = (url: string) => `${site.origin}${folder}${url.slice(pkg.base.length)}`;
  assert.ok(pkg.urls.length >= 8, 'the manifest names its pages and icons');
  for (const url of pkg.urls) {
    assert.ok(url.startsWith(pkg.base), `${url} is under the hosting address ${pkg.base}`);
    const { status } = await fetchOver(local(url), tls);
    assert.equal(status, 200, `${url} (manifest) answers ${status}`);
  }
  for (const file of pkg.files.filter((f) => f !== 'web.config')) {
    const { status, type } = await fetchOver(`${site.origin}${folder}${file}`, tls);
    assert.equal(status, 200, `${file} answers ${status}`);
    assert.ok(!type.startsWith('application/octet-stream'), `${file} has a MIME type (${type})`);
  }
  log(
    `${pkg.urls.length} manifest addresses and ${pkg.files.length - 1} files answer 200 over HTTPS`,
  );
}

/** Opens `path` of the site with office.js answered by the stand-in; returns what went wrong. */
async function openPage(context: BrowserContext, site: HttpsSite, path: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  const statuses: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.url().startsWith(site.origin)) statuses.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return { page, problems, statuses };
}

/**
 * Starts the import worker the pane uses for 导入成绩文件, from the page, as the pane does: it must
 * load under the CSP's worker-src and the server's MIME type, and not fail.
 */
async function startImportWorker(page: Page): Promise<void> {
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const worker = new Worker('importWorker.js');
        worker.addEventListener('error', (e) => resolve(`error: ${e.message}`));
        setTimeout(() => {
          worker.terminate();
          resolve('running');
        }, 1500);
      }),
  );
  assert.equal(outcome, 'running', 'the import worker starts');
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const zipPath =
    process.env.HTTPS_TEST_ZIP ??
    (await makePackage({ url: HOSTED_AT, cdn: 'global' }, join(OUT, 'package.zip')));
  const dir = await mkdtemp(join(OUT, 'site-'));
  const pkg = await unpack(await readFile(zipPath), dir);
  const tls = await makeCertificate();
  log(`package ${zipPath}: ${pkg.files.length} files for ${pkg.base}; certificate made`);

  let site: HttpsSite | undefined;
  let browser: Browser | undefined;
  try {
    site = await serveHttps(dir, new URL(pkg.base).pathname, tls);
    await everyAddressAnswers(site, pkg, tls);
    browser = await launchChromium();
    // The certificate is ours and self-signed: the browser is told to accept it, nothing else.
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 380, height: 800 },
      locale: 'zh-CN',
    });
    const officeJs = /<script src="?([^" >]+office\.js)"?>/.exec(
      await readFile(join(dir, 'taskpane.html'), 'utf8'),
    )?.[1];
    assert.equal(officeJs, 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const outside: string[] = [];
    let stubbed = 0;
    const origin = site.origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      if (url === officeJs) {
        stubbed++;
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB });
      }
      outside.push(url);
      return route.abort();
    });

    const folder = new URL(pkg.base).pathname;
    const pane = await openPage(context, site, `${folder}taskpane.html`);
    await pane.page.getByRole('button', { name: /一键检查/ }).waitFor({ timeout: 60_000 });
    await pane.page.waitForLoadState('networkidle');
    await startImportWorker(pane.page);
    const commands = await openPage(context, site, `${folder}commands.html`);
    await commands.page.waitForLoadState('networkidle');
    await pane.page.screenshot({ path: join(OUT, 'pane-from-package.png') });

    const statuses = [...pane.statuses, ...commands.statuses];
    assert.deepEqual(
      statuses.filter((s) => !s.startsWith('200 ')),
      [],
      'every asset answers 200',
    );
    const pages = ['taskpane.html', 'taskpane.js', 'commands.html', 'commands.js'];
    for (const file of [...pages, 'importWorker.js'])
      assert.ok(
        statuses.some((s) => s.endsWith(`${folder}${file}`)),
        `${file} was loaded`,
      );
    assert.equal(stubbed, 2, 'each page loaded office.js from the address its CSP allows');
    assert.deepEqual([...pane.problems, ...commands.problems], [], 'no console error');
    log(`pane and commands page loaded: ${statuses.length} responses, all 200, no console error`);

    const csp = await cspProbe(pane.page);
    assert.deepEqual(outside, [], 'nothing left the local site');
    log(`CSP holds: ${csp.join('; ')}`);
    await context.close();
  } finally {
    await browser?.close();
    await site?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

runWithLimit('https', TIME_LIMIT_MS, main, log);
