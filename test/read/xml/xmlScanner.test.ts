import { attr, XmlScanner } from '../../../src/read/xml/scanner';
import { decodeExcelEscapes, decodeXml } from '../../../src/read/xml/text';

function events(chunks: readonly string[]): string[] {
  const out: string[] = [];
  const scanner = new XmlScanner({
    open: (name, attrs, selfClosing) => out.push(`<${name}${attrs}${selfClosing ? '/' : ''}>`),
    close: (name) => out.push(`</${name}>`),
    text: (raw) => {
      // Text may arrive in pieces; join neighbours so chunking does not change the result.
      const last = out.at(-1);
      if (last?.startsWith('#')) out[out.length - 1] = last + raw;
      else out.push(`#${raw}`);
    },
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return out;
}

const XML =
  '<?xml version="1.0"?>\n<!-- c --><x:a b="1>2" c=\'q"\'><x:b/>t&amp;x<![CDATA[<raw&>]]><c d="e"/></x:a>';

describe('XmlScanner', () => {
  it('tokenizes tags, prefixes, quoted > in attributes, comments and CDATA', () => {
    expect(events([XML])).toEqual([
      '#\n',
      '<a b="1>2" c=\'q"\'>',
      '<b/>',
      '</b>',
      '#t&amp;x&lt;raw&amp;>',
      '<c d="e"/>',
      '</c>',
      '</a>',
    ]);
  });

  it('gives the same events for every split of the input', () => {
    const whole = events([XML]);
    for (let i = 0; i <= XML.length; i++) {
      for (let j = i; j <= XML.length; j += 7) {
        expect(events([XML.slice(0, i), XML.slice(i, j), XML.slice(j)])).toEqual(whole);
      }
    }
  });

  it('rejects input that ends inside a tag', () => {
    const scanner = new XmlScanner({
      open: () => undefined,
      close: () => undefined,
      text: () => undefined,
    });
    scanner.write('<a><b c="1');
    expect(() => scanner.end()).toThrow('XML ends inside a tag');
  });

  it('reads attributes exactly by name', () => {
    expect(attr(' r="A1" s="3" t="s"', 's')).toBe('3');
    expect(attr(' r="A1" ss="3"', 's')).toBeUndefined();
    expect(attr(' r:id=\'rId2\' name="x"', 'r:id')).toBe('rId2');
  });
});

describe('text decoding', () => {
  it('resolves entities and Excel escapes', () => {
    expect(decodeXml('&lt;&#20013;&#x6587;&gt;&amp;amp;&bogus;')).toBe('<中文>&amp;&bogus;');
    expect(decodeExcelEscapes('a_x000D__x000A_b_x005F_x0041_')).toBe('a\r\nb_x0041_');
  });
});
