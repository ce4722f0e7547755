/**
 * The page and the pane's import worker load `readLegacy` with every upload, but the BIFF, HTML,
 * XML and text readers only when such a file arrives: they sit behind dynamic `import()`s, which
 * webpack (ts-loader emits ES modules there) splits into chunks. This walks the static imports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const LEGACY = resolve(__dirname, '..', '..', '..', 'src', 'read', 'legacy');

function resolveModule(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
}

function imports(file: string): { staticImports: string[]; dynamicImports: string[] } {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const dynamicText = [...readFileSync(file, 'utf8').matchAll(/import\(\s*'([^']+)'\s*\)/g)].map(
    (m) => m[1]!,
  );
  const staticImports = info.importedFiles
    .map((f) => f.fileName)
    .filter((f) => !dynamicText.includes(f));
  return { staticImports, dynamicImports: dynamicText };
}

function staticClosure(entry: string, withDynamic = false): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const { staticImports, dynamicImports } = imports(file);
    for (const spec of withDynamic ? [...staticImports, ...dynamicImports] : staticImports) {
      const target = resolveModule(file, spec);
      if (target) stack.push(target);
    }
  }
  return seen;
}

describe('legacy readers load on demand', () => {
  const entry = join(LEGACY, 'index.ts');

  it('keeps the format readers out of the entry chunk', () => {
    const eager = [...staticClosure(entry)].map((f) => relative(LEGACY, f));
    expect(
      eager.filter((f) => /^(biff|html|xml2003|markup)\/|^text\/(readText|delimited)/.test(f)),
    ).toEqual([]);
  });

  it('reaches each reader through a dynamic import()', () => {
    expect(imports(entry).dynamicImports.sort()).toEqual([
      './biff/readBiff',
      './html/readHtml',
      './text/readText',
      './xml2003/readXml2003',
    ]);
  });

  it('is host-neutral: nothing it loads imports node:* or uses Buffer', () => {
    const all = [...staticClosure(entry, true)];
    expect(all.length).toBeGreaterThan(20);
    const offenders = all.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /from '(node:|fs|path|zlib|stream)/.test(text) || /\bBuffer\b/.test(text);
    });
    expect(offenders.map((f) => relative(LEGACY, f))).toEqual([]);
  });
});
