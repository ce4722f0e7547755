import fc from 'fast-check';
import { plainNumber } from '../../../src/read/xml/byteNumber';

function parse(text: string): number {
  const bytes = Buffer.from(text, 'latin1');
  return plainNumber(bytes, 0, bytes.length);
}

describe('plainNumber', () => {
  it('reads plain decimals exactly as Number() does', () => {
    expect(parse('81')).toBe(81);
    expect(parse('-73.5')).toBe(-73.5);
    expect(parse('3.1')).toBe(3.1);
    expect(parse('0.30000000000000004')).toBeNaN(); // 17 digits: left to Number()
    expect(Object.is(parse('-0'), -0)).toBe(true);
    expect(parse('007')).toBe(7);
    expect(parse('.5')).toBe(0.5);
  });

  it('leaves everything else to Number() by giving NaN', () => {
    for (const text of ['', '-', '.', '1E5', '1e-7', ' 1', '1 ', '+1', '1.2.3', '0x10', '１２'])
      expect(parse(text)).toBeNaN();
  });

  it('never disagrees with Number() on random decimal strings', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 18 });
    fc.assert(
      fc.property(fc.boolean(), digits, fc.option(digits), (negative, whole, fraction) => {
        const text = `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`;
        const fast = parse(text);
        if (!Number.isNaN(fast)) expect(Object.is(fast, Number(text))).toBe(true);
      }),
      { seed: 5, numRuns: 20000 },
    );
  });
});
