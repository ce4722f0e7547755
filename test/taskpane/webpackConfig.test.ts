import { createRequire } from 'node:module';
import type { Configuration } from 'webpack';

type MakeConfig = (
  env: Record<string, string | boolean>,
  argv: { mode?: string },
) => Promise<Configuration>;

const makeConfig = createRequire(__filename)('../../webpack.config.js') as MakeConfig;

interface PageOptions {
  filename: string;
  officeJs?: string;
  csp: string;
}

function pages(config: Configuration): PageOptions[] {
  return (config.plugins ?? []).flatMap((p) =>
    p && p.constructor.name === 'HtmlWebpackPlugin'
      ? [(p as unknown as { userOptions: PageOptions }).userOptions]
      : [],
  );
}

describe('webpack config', () => {
  it('loads office.js from Microsoft’s CDN and allows nothing else', async () => {
    const config = await makeConfig({}, {});
    const all = pages(config);
    expect(all.map((p) => p.filename).sort()).toEqual([
      'commands.html',
      'taskpane.html',
      'web/index.html',
    ]);
    // The browser page (dist/web) has no office.js and connects nowhere: test/security/csp.test.ts.
    const built = all.filter((p) => p.filename !== 'web/index.html');
    for (const page of built) {
      expect(page.officeJs).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(page.csp).toContain("default-src 'none'");
      expect(page.csp).toContain(
        "script-src 'self' https://appsforoffice.microsoft.com/lib/1/hosted/;",
      );
      expect(page.csp).toContain('connect-src https://appsforoffice.microsoft.com/lib/1/hosted/;');
      expect(page.csp).not.toContain('unsafe-eval');
    }
    expect(config.mode).toBe('production');
    expect(config.devtool).toBe('source-map');
  });

  it('switches to the 21Vianet CDN with --env cdn=21vianet', async () => {
    const [page] = pages(await makeConfig({ cdn: '21vianet' }, {}));
    expect(page!.officeJs).toBe(
      'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
    );
    expect(page!.csp).toContain(
      'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/',
    );
    expect(page!.csp).not.toContain('appsforoffice.microsoft.com');
  });

  it('rejects an unknown CDN name', async () => {
    await expect(makeConfig({ cdn: 'elsewhere' }, {})).rejects.toThrow(/cdn=elsewhere/);
  });

  it('builds the browser test without office.js and lets the page connect nowhere', async () => {
    const config = await makeConfig({ e2e: true }, { mode: 'development' });
    const built = pages(config);
    expect(built.map((p) => p.filename)).toEqual(['taskpane.html']);
    expect(built[0]!.officeJs).toBeUndefined();
    expect(built[0]!.csp).toContain("connect-src 'none'");
    expect(built[0]!.csp).toContain("script-src 'self';");
    expect(config.devtool).toBe(false);
  });

  it('lets every worker entry load the lazy reader chunks with importScripts (a worker has no document)', async () => {
    const builds = await Promise.all([
      makeConfig({}, {}),
      makeConfig({ web: true }, {}),
      makeConfig({ wps: true }, {}),
    ]);
    const workers = builds.flatMap((config) =>
      Object.entries(config.entry as Record<string, unknown>).filter(([name]) =>
        /worker$/i.test(name),
      ),
    );
    expect(workers.map(([name]) => name).sort()).toEqual([
      'importWorker',
      'importWorker',
      'web/worker',
      'worker',
    ]);
    for (const [name, entry] of workers)
      expect({ name, entry }).toEqual({
        name,
        entry: expect.objectContaining({ chunkLoading: 'import-scripts' }),
      });
  });
});
