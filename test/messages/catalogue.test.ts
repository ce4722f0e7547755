import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MESSAGES, t, type KeySuffix } from '../../src/core/messages';

const SRC = join(__dirname, '..', '..', 'src');

/** The catalogue's own files: a key written there is defined, not used. */
function isCatalogue(path: string): boolean {
  const rel = relative(SRC, path).split(sep).join('/');
  return rel.startsWith('core/messages/') || /^core\/rules\/[^/]+\/messages\.ts$/.test(rel);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    const code = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    return code && !isCatalogue(path) ? [path] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the sources say: every quoted word that could be a key, and every template literal turned
 * into a pattern (`rule.${code}.title` matches `rule.rank.title`), since keys built from a value
 * are typed by their parts (KeySuffix) and never written whole.
 */
function scan(): { words: Set<string>; patterns: RegExp[] } {
  const words = new Set<string>();
  const patterns: RegExp[] = [];
  for (const path of sources(SRC)) {
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(/['"]([\w.+-]+)['"]/g)) words.add(m[1]!);
    for (const m of text.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
      const parts = m[1]!.split(/\$\{[^}]*\}/);
      // Only a key's shape: a namespace first (`ui.window.${value}`), not any dotted text.
      if (!/^[a-z][\w-]*\.[\w.-]*$/.test(parts[0]!)) continue;
      patterns.push(new RegExp(`^${parts.map(escape).join('[\\w.+-]+')}$`));
    }
  }
  return { words, patterns };
}

describe('the message catalogue', () => {
  it('has no key that the sources never use', () => {
    const { words, patterns } = scan();
    const unused = Object.keys(MESSAGES).filter(
      (key) => !words.has(key) && !patterns.some((p) => p.test(key)),
    );
    expect(unused).toEqual([]);
  });

  it('has every message in Chinese and English', () => {
    const gaps = Object.entries(MESSAGES)
      .filter(([, m]) => m.zh.trim() === '' || m.en.trim() === '')
      .map(([key]) => key);
    expect(gaps).toEqual([]);
    expect(Object.keys(MESSAGES).length).toBeGreaterThan(500);
  });

  it('refuses an unknown key at compile time (tsc checks the directives below)', () => {
    // @ts-expect-error: not a catalogue key
    expect(t('ui.no.such.key', 'zh')).toBe('[ui.no.such.key]');
    const header = (word: KeySuffix<'appraisal.header.'>) => t(`appraisal.header.${word}`, 'zh');
    expect(header('name')).toBe('姓名');
    // @ts-expect-error: no appraisal.header.nickname message
    expect(header('nickname')).toBe('[appraisal.header.nickname]');
  });
});
