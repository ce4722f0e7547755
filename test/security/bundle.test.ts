import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { productionBuild } from './build';
import { cspProblems, metaCsp, parseCsp, scriptSources } from './csp';

const OFFICE_DIR = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/** Ways a script can turn text into code. */
const CODE_FROM_TEXT = /\beval\s*\(|\bnew\s+Function\s*\(|(?<![.\w$])Function\s*\(\s*["'`]/g;

function callsIn(code: string): string[] {
  return [...code.matchAll(CODE_FROM_TEXT)].map((m) => code.slice(m.index, m.index + 40));
}

describe('the production bundle', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = await productionBuild();
    // The browser page lives in web/ beside the add-in's files; its scripts are checked the same way.
    files = [...readdirSync(dir), ...readdirSync(join(dir, 'web')).map((f) => `web/${f}`)];
  }, 900_000);

  it('is a production build with the expected pages and scripts', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'taskpane.html',
        'commands.html',
        'taskpane.js',
        'commands.js',
        'importWorker.js',
        'web/index.html',
        'web/index.js',
        'web/worker.js',
      ]),
    );
  });

  it('runs no text as code: no eval or new Function in the pane, the command page, the browser page, or our worker code', () => {
    const scripts = files.filter((f) => f.endsWith('.js'));
    const found = scripts.flatMap((f) =>
      callsIn(readFileSync(join(dir, f), 'utf8')).map((c) => `${f}: ${c}`),
    );
    // exceljs's own fallbacks are rewritten at build time (scripts/webpack/noCodeFromText.js).
    expect(found).toEqual([]);
  });

  it.each(['taskpane.html', 'commands.html'])(
    '%s carries the policy and loads only office.js and its own scripts',
    (page) => {
      const html = readFileSync(join(dir, page), 'utf8');
      const csp = metaCsp(html);
      expect(csp).toBeDefined();
      expect(cspProblems(parseCsp(csp!), OFFICE_DIR)).toEqual([]);
      for (const src of scriptSources(html))
        expect(src === `${OFFICE_DIR}office.js` || /^[\w.-]+\.js$/.test(src)).toBe(true);
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    },
  );

  it('web/index.html carries the policy, connects nowhere and loads only its own script', () => {
    const html = readFileSync(join(dir, 'web', 'index.html'), 'utf8');
    const csp = metaCsp(html);
    expect(csp).toBeDefined();
    const parsed = parseCsp(csp!);
    expect(cspProblems(parsed, undefined)).toEqual([]);
    expect(parsed.get('connect-src')).toEqual(["'none'"]);
    expect(scriptSources(html)).toEqual(['index.js']);
    expect(html).not.toContain('office.js');
  });
});
