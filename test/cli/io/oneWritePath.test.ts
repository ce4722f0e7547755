import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CLI = join(__dirname, '..', '..', '..', 'src', 'cli');
/** The one place allowed to create, replace or remove files (see writeOutputFile). */
const OUTPUT = join(CLI, 'io', 'output');

const WRITES =
  /^(writeFile|appendFile|createWriteStream|copyFile|cp|rename|truncate|ftruncate|mkdir|mkdtemp|unlink|rm|rmdir|symlink|link|chmod|utimes)(Sync)?$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The names a file imports from node:fs or node:fs/promises, and whether it takes the whole module. */
function fsImports(text: string): { names: string[]; whole: boolean } {
  const names: string[] = [];
  let whole = false;
  for (const m of text.matchAll(/import\s+([^;]*?)\s+from\s+'(?:node:)?fs(?:\/promises)?'/g)) {
    const clause = m[1] ?? '';
    const braces = /\{([^}]*)\}/.exec(clause);
    if (braces?.[1] !== undefined)
      names.push(
        ...braces[1].split(',').map(
          (n) =>
            n
              .trim()
              .replace(/^type\s+/, '')
              .split(/\s+as\s+/)[0] ?? '',
        ),
      );
    if (!clause.startsWith('{') && !clause.startsWith('type')) whole = true;
  }
  return { names: names.filter(Boolean), whole };
}

describe('every file the command line writes goes through writeOutputFile', () => {
  const files = sources(CLI).filter((f) => !f.startsWith(OUTPUT));

  it('finds the command line sources', () => {
    expect(files.map((f) => relative(CLI, f))).toEqual(
      expect.arrayContaining([
        'main.ts',
        join('io', 'writeWorkbook.ts'),
        join('check', 'runCheckCommand.ts'),
      ]),
    );
  });

  it('no other file imports a writing fs call, the whole fs module, or opens a file except to read', () => {
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const { names, whole } = fsImports(text);
      const found = names.filter((n) => WRITES.test(n));
      if (whole) found.push('import of the whole fs module');
      for (const m of text.matchAll(/\bopen(?:Sync)?\([^,()]+,\s*'([^']*)'/g))
        if (m[1] !== 'r') found.push(`open with '${m[1]}'`);
      if (/\.(xlsx|csv)\.(writeFile|write)\(/.test(text))
        found.push('exceljs writes a file itself (use writeBuffer)');
      return found.map((what) => `${relative(CLI, file)}: ${what}`);
    });
    expect(offenders).toEqual([]);
  });

  it('would notice a writer that bypasses it', () => {
    expect(fsImports("import { open, writeFile } from 'node:fs/promises';").names).toEqual([
      'open',
      'writeFile',
    ]);
    expect(fsImports("import * as fs from 'fs';").whole).toBe(true);
    expect(fsImports("import { createWriteStream as cws } from 'node:fs';").names).toEqual([
      'createWriteStream',
    ]);
  });
});
