import { Readable } from 'node:stream';
import type { CellValue } from '../../../src/core/cells';
import { CellTextCache, cellTextOf } from '../../../src/read/xlsx/cellTextCache';
import { SheetScanner } from '../../../src/read/xlsx/sheetScanner';
import { scanChunks } from '../../../src/read/xml/chunks';
import { utf8 } from '../../../src/read/xml/utf8';

const CONTEXT = { sharedStrings: [], dateStyles: [], date1904: false };

/** What the general path gives: UTF-8 decoded (as TextDecoder does), then references and escapes. */
const slow = (bytes: Uint8Array): string => cellTextOf(new TextDecoder().decode(bytes));

function cellsOf(xml: string, chunk = 0, texts?: CellTextCache): Promise<CellValue[][]> {
  const bytes = Buffer.from(`<worksheet><sheetData>${xml}</sheetData></worksheet>`);
  const chunks: Buffer[] = [];
  if (chunk <= 0) chunks.push(bytes);
  else for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const out: CellValue[][] = [];
  const scanner = new SheetScanner(CONTEXT, (_row, cells) => out.push(cells), texts);
  return scanChunks(Readable.from(chunks), scanner).then(() => out);
}

const inline = (ref: string, body: string): string =>
  `<c r="${ref}" t="inlineStr"><is>${body}</is></c>`;

// Each inline body, and the text exceljs reads from it.
const CASES: readonly [string, string, CellValue][] = [
  ['plain ASCII', '<t>2022010101</t>', '2022010101'],
  ['CJK', '<t>高等数学（上）</t>', '高等数学（上）'],
  ['a surrogate pair', '<t>𠮷野家</t>', '𠮷野家'],
  ['named entities', '<t>&lt;A&amp;B&gt; &quot;x&apos;</t>', '<A&B> "x\''],
  ['character references', '<t>&#20013;&#x6587;&#x1F600;</t>', '中文😀'],
  ['xml:space', '<t xml:space="preserve">  两端空格  </t>', '  两端空格  '],
  ['a quoted > in an attribute', '<t foo="a>b">引号</t>', '引号'],
  ['Excel escapes', '<t>第一行_x000D_第二行_x005F_x0041_</t>', '第一行\r第二行_x0041_'],
  ['an underscore that is no escape', '<t>a_b_x12_</t>', 'a_b_x12_'],
  ['rich runs', '<r><t>甲</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 乙</t></r>', '甲 乙'],
  ['a phonetic guide', '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>', '東京'],
  ['CDATA', '<t><![CDATA[a<b]]></t>', 'a<b'],
  ['a comment inside', '<t>前<!-- x -->后</t>', '前后'],
  ['white space between tags', '<t>间隔</t> ', '间隔'],
  ['an empty text', '<t></t>', null],
  ['a self-closing text', '<t/>', null],
  ['a long text', `<t>${'学'.repeat(40)}</t>`, '学'.repeat(40)],
];

describe('inline strings', () => {
  it.each(CASES)('reads %s', async (_name, body, expected) => {
    const rows = await cellsOf(`<row r="1">${inline('A1', body)}<c r="B1"><v>1</v></c></row>`);
    expect(rows).toEqual([[expected, 1]]);
  });

  it('reads every case alike for every chunk size (cells cut anywhere)', async () => {
    const xml = CASES.map(
      ([, body], i) => `<row r="${i + 1}"><c><v>${i}</v></c>${inline(`B${i + 1}`, body)}</row>`,
    ).join('');
    const whole = await cellsOf(xml);
    expect(whole.map((cells) => cells[1] ?? null)).toEqual(CASES.map(([, , v]) => v));
    for (const chunk of [1, 2, 3, 5, 7, 13, 64]) expect(await cellsOf(xml, chunk)).toEqual(whole);
  });

  it('reads formula strings (t="str") through the same cache', async () => {
    const rows = await cellsOf(
      '<row r="1"><c r="A1" t="str"><f>A2</f><v>公式&amp;值</v></c><c r="B1" t="str"><v>公式&amp;值</v></c></row>',
    );
    expect(rows).toEqual([['公式&值', '公式&值']]);
  });
});

describe('CellTextCache', () => {
  it('gives what the general path gives, for random bytes, ASCII and CJK runs', () => {
    const cache = new CellTextCache();
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const alphabet = Buffer.from('ab_x0D&amp;#20013;学号𠮷');
    const differing: string[] = [];
    for (let n = 0; n < 4000; n++) {
      const length = next() % 80;
      const bytes =
        n % 3 === 0
          ? Uint8Array.from({ length }, () => next() & 0xff)
          : Uint8Array.from({ length }, () => alphabet[next() % alphabet.length]!);
      // Twice: once decoded, once (when it fits) from the cache.
      for (let k = 0; k < 2; k++) {
        const got = cache.text(bytes, 0, bytes.length);
        if (got !== slow(bytes)) differing.push(Buffer.from(bytes).toString('hex'));
      }
    }
    expect(differing).toEqual([]);
  });

  it('gives the same string for the same bytes, wherever they sit, and tells different bytes apart', () => {
    const cache = new CellTextCache();
    const a = Buffer.from('<t>计算机科学与技术</t>');
    const b = Buffer.from('xx<t>计算机科学与技术</t>');
    const first = cache.text(a, 3, a.length - 4);
    expect(cache.text(b, 5, b.length - 4)).toBe(first);
    const other = Buffer.from('计算机科学与技朮');
    expect(cache.text(other, 0, other.length)).toBe('计算机科学与技朮');
    expect(cache.text(a, 3, a.length - 4)).toBe('计算机科学与技术');
  });

  it('tells apart long texts that differ only where the slot is not taken from', () => {
    const cache = new CellTextCache();
    const one = Buffer.from('abcdEFGHIJklmnopqrstuvwx12345678');
    const two = Buffer.from('abcdEZGHIJklmnopqrstuvwx12345678');
    for (let k = 0; k < 3; k++) {
      expect(cache.text(one, 0, one.length)).toBe(one.toString());
      expect(cache.text(two, 0, two.length)).toBe(two.toString());
    }
  });

  it('agrees with utf8() on bad UTF-8 (overlong, surrogate, cut off)', () => {
    const cache = new CellTextCache();
    for (const bytes of [
      Uint8Array.from([0x41, 0xc0, 0xaf, 0x42]),
      Uint8Array.from([0xed, 0xa0, 0x80]),
      Uint8Array.from([0xe4, 0xb8]),
    ]) {
      expect(cache.text(bytes, 0, bytes.length)).toBe(utf8(bytes, 0, bytes.length));
      expect(cache.text(bytes, 0, bytes.length)).toBe(slow(bytes));
    }
  });
});
