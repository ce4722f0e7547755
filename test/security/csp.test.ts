import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'webpack';
import { cspProblems, metaCsp, parseCsp } from './csp';
import { ROOT } from './files';

type MakeConfig = (
  env: Record<string, string | boolean>,
  argv: { mode?: string },
) => Promise<Configuration>;
const makeConfig = createRequire(__filename)(join(ROOT, 'webpack.config.js')) as MakeConfig;

interface Page {
  filename: string;
  template: string;
  officeJs?: string;
  csp: string;
}

async function pages(env: Record<string, string | boolean>, mode?: string): Promise<Page[]> {
  const config = await makeConfig(env, mode ? { mode } : {});
  return (config.plugins ?? []).flatMap((p) =>
    p?.constructor.name === 'HtmlWebpackPlugin'
      ? [(p as unknown as { userOptions: Page }).userOptions]
      : [],
  );
}

const dirOf = (url: string) => url.slice(0, url.lastIndexOf('/') + 1);

describe('Content-Security-Policy of the task pane and the command page', () => {
  it('every page template puts the policy in a meta tag before any script', () => {
    for (const template of ['src/taskpane/taskpane.html', 'src/commands/commands.html']) {
      const html = readFileSync(join(ROOT, template), 'utf8');
      expect(metaCsp(html)).toBe('<%= htmlWebpackPlugin.options.csp %>');
      const meta = html.indexOf('Content-Security-Policy');
      const script = html.indexOf('<script');
      expect(script === -1 || meta < script).toBe(true);
      // The only script a template names is office.js; webpack adds the bundle from our own origin.
      expect(html.split('<script').length - 1).toBe(1);
      expect(html).toContain('<script src="<%= htmlWebpackPlugin.options.officeJs %>"></script>');
    }
  });

  it.each([
    ['global', 'https://appsforoffice.microsoft.com/lib/1/hosted/'],
    ['21vianet', 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/'],
  ])('production, %s cloud: office.js from %s and nothing else', async (cdn, dir) => {
    const all = await pages({ cdn });
    expect(all.map((p) => p.filename).sort()).toEqual([
      'commands.html',
      'taskpane.html',
      'web/index.html',
    ]);
    const built = all.filter((p) => p.filename !== 'web/index.html');
    for (const page of built) {
      expect(dirOf(page.officeJs ?? '')).toBe(dir);
      expect(cspProblems(parseCsp(page.csp), dir)).toEqual([]);
    }
  });

  it('the browser page (dist/web) loads no office.js and connects nowhere', async () => {
    const envs: Record<string, string | boolean>[] = [{}, { web: true }];
    for (const env of envs) {
      const page = (await pages(env)).find((p) => p.filename.endsWith('index.html'));
      expect(page?.officeJs).toBeUndefined();
      const csp = parseCsp(page?.csp ?? '');
      expect(cspProblems(csp, undefined)).toEqual([]);
      expect(csp.get('connect-src')).toEqual(["'none'"]);
    }
  });

  it('the browser-test page loads no office.js and connects nowhere', async () => {
    for (const page of await pages({ e2e: true }, 'development'))
      expect(cspProblems(parseCsp(page.csp), undefined)).toEqual([]);
  });

  it('the checker catches a policy that allows eval, a wildcard or another host', () => {
    const good =
      "default-src 'none'; script-src 'self' https://o/; connect-src https://o/; object-src 'none'; base-uri 'none'; form-action 'none'; worker-src 'self'";
    expect(cspProblems(parseCsp(good), 'https://o/')).toEqual([]);
    expect(
      cspProblems(
        parseCsp(good.replace("'self' https", "'self' 'unsafe-eval' https")),
        'https://o/',
      ),
    ).toHaveLength(2);
    expect(
      cspProblems(parseCsp(good.replace('connect-src https://o/', 'connect-src *')), 'https://o/'),
    ).toHaveLength(2);
    expect(
      cspProblems(
        parseCsp(good.replace('https://o/;', 'https://o/ https://cdn.example;')),
        'https://o/',
      ),
    ).toHaveLength(1);
  });
});
