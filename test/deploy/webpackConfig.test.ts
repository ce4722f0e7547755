/** The build's options as IT passes them (`--env url=…`, `--env cdn=…`), without running webpack. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'webpack';

type ConfigFn = (
  env: Record<string, string | boolean>,
  argv: Record<string, string>,
) => Promise<Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as ConfigFn;

interface CopyPattern {
  from: string;
  to: string;
  transform?: { transformer: (content: Buffer) => string };
}

function copyPatterns(built: Configuration): CopyPattern[] {
  const copy = (built.plugins ?? []).find((p) => p?.constructor.name === 'CopyPlugin') as
    { patterns: CopyPattern[] } | undefined;
  return copy?.patterns ?? [];
}

function pageOption(built: Configuration, name: 'officeJs' | 'csp'): unknown {
  const page = (built.plugins ?? []).find((p) => p?.constructor.name === 'HtmlWebpackPlugin') as
    { userOptions: Record<string, unknown> } | undefined;
  return page?.userOptions[name];
}

describe('webpack.config.js --env url', () => {
  it('emits dist/manifest.xml rewritten to the address', async () => {
    const built = await config(
      { url: 'https://addin.school.edu.cn/union' },
      { mode: 'production' },
    );
    const manifest = copyPatterns(built).find((p) => p.to === 'manifest.xml');
    expect(manifest?.from).toBe('manifest.xml');
    const out = manifest?.transform?.transformer(
      Buffer.from('<a DefaultValue="https://localhost:3000/taskpane.html"/>'),
    );
    expect(out).toBe('<a DefaultValue="https://addin.school.edu.cn/union/taskpane.html"/>');
  });

  it('emits no manifest without an address: a localhost manifest must not look deployable', async () => {
    const built = await config({}, { mode: 'production' });
    expect(copyPatterns(built).map((p) => p.to)).toEqual(['assets/[name][ext]']);
  });

  it.each([['http://addin.school.edu.cn/'], ['not a url'], [true]])(
    'stops the build for %j with the reason',
    async (url) => {
      await expect(config({ url }, { mode: 'production' })).rejects.toThrow(/https|网址/);
    },
  );

  it('keeps --env cdn=21vianet: office.js and the CSP come from the 21Vianet CDN', async () => {
    const built = await config(
      { url: 'https://addin.school.edu.cn/union/', cdn: '21vianet' },
      { mode: 'production' },
    );
    const officeJs = String(pageOption(built, 'officeJs'));
    expect(officeJs).toMatch(
      /^https:\/\/appsforoffice\.cdn\.partner\.office365\.cn\/.*office\.js$/,
    );
    expect(String(pageOption(built, 'csp'))).toContain(
      "script-src 'self' https://appsforoffice.cdn.partner.office365.cn/",
    );
    expect(String(pageOption(built, 'csp'))).not.toContain('appsforoffice.microsoft.com');
  });

  it('the global cloud takes office.js from appsforoffice.microsoft.com', async () => {
    const built = await config({ url: 'https://a.edu.cn/' }, { mode: 'production' });
    expect(pageOption(built, 'officeJs')).toBe(
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    );
  });
});

describe('docs/DEPLOY.md matches the build', () => {
  const deploy = readFileSync(join(__dirname, '..', '..', 'docs', 'DEPLOY.md'), 'utf8');

  it('names the office.js address each cloud really gets', async () => {
    for (const cdn of ['global', '21vianet']) {
      const built = await config({ url: 'https://a.edu.cn/', cdn }, { mode: 'production' });
      expect(deploy).toContain(String(pageOption(built, 'officeJs')));
    }
  });

  it('lists every MIME type the package’s web.config sets', () => {
    const webConfig = readFileSync(
      join(__dirname, '..', '..', 'scripts', 'deploy', 'web.config'),
      'utf8',
    );
    const extensions = [...webConfig.matchAll(/<mimeMap fileExtension="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(extensions.length).toBeGreaterThan(3);
    for (const ext of extensions) expect(deploy).toContain(`\`${ext}\``);
  });
});
