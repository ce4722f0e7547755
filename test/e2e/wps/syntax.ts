/**
 * Syntax newer than ES2017 in the WPS bundle. WPS's embedded Chromium is older than Office's
 * WebView2, so the WPS build compiles our code and the libraries to ES2017 (webpack.config.js);
 * the browser test runs in a current Chromium, which would read newer syntax without complaint, so
 * the built scripts are scanned instead. Built-ins are not syntax: the self-test page checks those
 * in each real WPS.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const TOO_NEW: readonly [string, RegExp][] = [
  ['optional chaining ?. (ES2020)', /[\w$)\]]\?\.(?!\d)/],
  ['nullish coalescing ?? (ES2020)', /[\w$)\]]\?\?/],
  ['catch without a binding (ES2019)', /\bcatch\s*\{/],
  ['for await (ES2018)', /\bfor\s+await\b/],
  ['object spread or rest {...x} (ES2018)', /\{\s*\.\.\.[\w$([]/],
  ['class static block (ES2022)', /\bstatic\s*\{/],
  ['private class member #x (ES2022)', /(?:this|\w)\.#[A-Za-z_$]/],
];

/** Code without its string literals and comments, which may show anything. */
function bare(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
}

/** Where a script uses syntax newer than ES2017, with a little context. */
export function tooNewForWps(code: string): string[] {
  const text = bare(code);
  return TOO_NEW.flatMap(([what, pattern]) => {
    const m = pattern.exec(text);
    return m ? [`${what}: …${text.slice(Math.max(0, m.index - 40), m.index + 20)}…`] : [];
  });
}

/** Every finding in the built scripts of `dir`; throws when the scan itself would find nothing. */
export async function scanWpsBundle(dir: string): Promise<string[]> {
  if (tooNewForWps('a?.b;c??d;try{}catch{};x={...y}').length !== 4)
    throw new Error('the ES2017 scan no longer finds what it looks for');
  const scripts = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  if (scripts.length < 2) throw new Error(`only ${scripts.length} scripts in ${dir}`);
  const found: string[] = [];
  for (const f of scripts)
    for (const p of tooNewForWps(await readFile(join(dir, f), 'utf8'))) found.push(`${f}: ${p}`);
  return found;
}
