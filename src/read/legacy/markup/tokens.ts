/** A piece of HTML or XML: a start or end tag (name as written, attributes unparsed) or text. */
export type Token =
  | {
      readonly kind: 'open';
      readonly name: string;
      readonly attrs: string;
      readonly selfClosing: boolean;
    }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string; readonly raw: boolean };

// An attribute value longer than this is not looked for: a stray quote then ends the tag at `>`.
const QUOTE_WINDOW = 8192;
const NAME = /^\/?([A-Za-z_][\w:.-]*)/;

/** Where the tag opened at `from` ends (its `>`), quotes respected; -1 when never. */
function tagEnd(src: string, from: number): number {
  let quote = '';
  const limit = Math.min(src.length, from + QUOTE_WINDOW);
  for (let i = from + 1; i < limit; i++) {
    const c = src[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return src.indexOf('>', from);
}

function skipTo(src: string, from: number, marker: string): number {
  const at = src.indexOf(marker, from);
  return at < 0 ? src.length : at + marker.length;
}

/**
 * Splits markup into tags and text in one pass, as lenient as a browser: comments, `<!…>` and
 * `<?…?>` are skipped, CDATA is raw text, a `<` that starts no tag is text, and the contents of
 * `rawTextTags` (HTML's script and style) are skipped whole. Never backtracks: linear in the input.
 */
export function* tokens(
  src: string,
  rawTextTags: ReadonlySet<string> = new Set(),
): Generator<Token> {
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      yield { kind: 'text', text: src.slice(i), raw: false };
      return;
    }
    if (lt > i) yield { kind: 'text', text: src.slice(i, lt), raw: false };
    if (src.startsWith('<!--', lt)) {
      i = skipTo(src, lt + 4, '-->');
    } else if (src.startsWith('<![CDATA[', lt)) {
      const end = src.indexOf(']]>', lt + 9);
      yield { kind: 'text', text: src.slice(lt + 9, end < 0 ? src.length : end), raw: true };
      i = end < 0 ? src.length : end + 3;
    } else if (src.startsWith('<?', lt)) {
      i = skipTo(src, lt + 2, '?>');
    } else if (src.startsWith('<!', lt)) {
      i = skipTo(src, lt + 2, '>');
    } else {
      const name = NAME.exec(src.slice(lt + 1, lt + 257));
      const end = name ? tagEnd(src, lt) : -1;
      if (!name?.[1] || end < 0) {
        yield { kind: 'text', text: '<', raw: false };
        i = lt + 1;
        continue;
      }
      const tagName = name[1];
      i = end + 1;
      if (name[0].startsWith('/')) {
        yield { kind: 'close', name: tagName };
        continue;
      }
      const attrs = src.slice(lt + 1 + name[0].length, end);
      const selfClosing = attrs.endsWith('/');
      yield { kind: 'open', name: tagName, attrs, selfClosing };
      if (!selfClosing && rawTextTags.has(tagName.toLowerCase()))
        i = skipRawText(src, i, tagName.toLowerCase());
    }
  }
}

function skipRawText(src: string, from: number, name: string): number {
  const close = new RegExp(`</${name}`, 'gi');
  close.lastIndex = from;
  const m = close.exec(src);
  return m ? skipTo(src, m.index, '>') : src.length;
}

const ATTR = /([^\s=/"']+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;

/** The value of attribute `name` (compared without its prefix, case-insensitively), or undefined. */
export function attrValue(attrs: string, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const m of attrs.matchAll(ATTR)) {
    const key = (m[1] ?? '').toLowerCase();
    const local = key.slice(key.indexOf(':') + 1);
    if (local !== wanted && key !== wanted) continue;
    const raw = m[2] ?? '';
    return raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
  }
  return undefined;
}

/** A tag name without its namespace prefix, lower-cased: `ss:Data` → `data`. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}
