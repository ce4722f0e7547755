import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { productionBuild } from './build';

/**
 * What the engines of ExcelApi 1.9 clients lack (Safari 13 on Mac, the oldest WebView2 and
 * Office on the web in older browsers): ES2020+ syntax and built-ins newer than ES2019. The bundle
 * is compiled to ES2019 (webpack.config.js); a library or a line of ours that slips past it is a
 * blank pane on a teacher's Mac. Each entry: what it is, and how it shows in minified code.
 */
const TOO_NEW: readonly [string, RegExp][] = [
  ['structuredClone (Safari 15.4)', /\bstructuredClone\s*\(/],
  ['class static block (ES2022)', /\bstatic\s*\{/],
  ['Array/String .at() (ES2022)', /\.at\(/],
  ['Object.hasOwn (ES2022)', /\bObject\.hasOwn\s*\(/],
  ['logical assignment ??= ||= &&= (ES2021)', /\?\?=|\|\|=|&&=/],
  // Minified code writes operators without spaces: `a?.b`, `a??b` (text such as "# ??/??" has one).
  ['optional chaining ?. (ES2020)', /[\w$)\]]\?\.(?!\d)/],
  ['nullish coalescing ?? (ES2020)', /[\w$)\]]\?\?(?!=)/],
  ['private class member #x (ES2022)', /(?:this|\w)\.#[A-Za-z_$]/],
  ['String.prototype.replaceAll (ES2021)', /\.replaceAll\(/],
];

/** Code without its string literals: number formats such as "# ??/??" are text, not syntax. */
export function withoutStrings(code: string): string {
  return code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
}

/** Where a script uses something too new, with a little context for the failure message. */
export function tooNew(code: string): string[] {
  const bare = withoutStrings(code);
  return TOO_NEW.flatMap(([what, pattern]) => {
    const m = pattern.exec(bare);
    return m ? [`${what}: …${bare.slice(Math.max(0, m.index - 40), m.index + 20)}…`] : [];
  });
}

describe('the production bundle runs on the engines ExcelApi 1.9 clients use', () => {
  it('finds what it looks for (the scan can fail)', () => {
    expect(tooNew('a?.b;c??d;x.at(-1);class A{static{}}structuredClone(v)')).toHaveLength(5);
    expect(tooNew('var f={12:"# ??/??"};a?.5:1')).toEqual([]);
  });

  it('uses no syntax or built-in newer than ES2019, in any script', async () => {
    const dir = await productionBuild();
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    const found = scripts.flatMap((f) =>
      tooNew(readFileSync(join(dir, f), 'utf8')).map((p) => `${f}: ${p}`),
    );
    expect(found).toEqual([]);
  }, 900_000);
});
