import fc from 'fast-check';
import { jsonBytes, utf8Length } from './size';

describe('the bytes of a payload', () => {
  it('counts exactly what JSON.stringify would send, for any values matrix', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(''),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (matrix) => {
        expect(jsonBytes(matrix)).toBe(utf8Length(JSON.stringify(matrix)));
      }),
      { numRuns: 500 },
    );
  });

  it('counts objects and odd members through JSON.stringify', () => {
    const value = [{ a: '张三' }, undefined, () => 1, [NaN, -0, 1e21]];
    expect(jsonBytes(value)).toBe(utf8Length(JSON.stringify(value)));
    expect(jsonBytes({ address: 'A1:B2' })).toBe(JSON.stringify({ address: 'A1:B2' }).length);
  });
});
