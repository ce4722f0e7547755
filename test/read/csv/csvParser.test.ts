import fc from 'fast-check';
import { CsvParser } from '../../../src/read/csv/parser';
import { csvFieldValue, csvRow } from '../../../src/read/csv/fieldValue';

function parse(chunks: readonly string[]): [number, string[]][] {
  const out: [number, string[]][] = [];
  const parser = new CsvParser((n, fields) => out.push([n, fields]));
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return out;
}

function encodeField(field: string): string {
  return /[",\r\n]/.test(field) || field.startsWith('"') ? `"${field.replace(/"/g, '""')}"` : field;
}

describe('CsvParser', () => {
  it('handles quotes, escaped quotes, CR, LF and CRLF line ends', () => {
    expect(parse(['a,"b,""c"""\r\nd\re\n"f\ng",\n'])).toEqual([
      [1, ['a', 'b,"c"']],
      [2, ['d']],
      [3, ['e']],
      [4, ['f\ng', '']],
    ]);
  });

  it('is lenient with stray quotes like Excel', () => {
    expect(parse(['ab"c,"x"y\n'])).toEqual([[1, ['ab"c', 'xy']]]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '=') });
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 8 }), (records, cuts) => {
        const text = records.map((r) => r.map(encodeField).join(',')).join('\r\n');
        const whole = parse([text]);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i) => text.slice(p, points[i] ?? text.length));
        expect(parse(chunks)).toEqual(whole);
        // A last record holding one empty field is indistinguishable from a final line break.
        const last = records.at(-1)!;
        const kept = last.length === 1 && last[0] === '' ? records.slice(0, -1) : records;
        expect(whole).toEqual(kept.map((r, i) => [i + 1, r]));
      }),
    );
  });
});

describe('csv field values', () => {
  it('keeps text as text, unwraps the ="…" export idiom, empties to null', () => {
    expect(csvFieldValue('0012')).toBe('0012');
    expect(csvFieldValue('=SUM(A1)')).toBe('=SUM(A1)');
    expect(csvFieldValue('="0012"')).toBe('0012');
    expect(csvFieldValue('="a""b"')).toBe('a"b');
    expect(csvFieldValue('=""')).toBeNull();
    expect(csvFieldValue('')).toBeNull();
    expect(csvRow(['', 'a', '', ''])).toEqual([null, 'a']);
    expect(csvRow(['', '=""', ''])).toBeNull();
  });
});
