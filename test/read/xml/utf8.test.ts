import { utf8 } from '../../../src/read/xml/utf8';

const native = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('utf8 (hand-decoded short runs)', () => {
  it.each([
    ['ASCII', Buffer.from('2023030201001')],
    ['Chinese', Buffer.from('高等数学（上）')],
    ['two-byte', Buffer.from('Müller ß')],
    ['four-byte', Buffer.from('𠮷野家')],
    ['overlong', Uint8Array.from([0x41, 0xc0, 0xaf, 0x42])],
    ['surrogate', Uint8Array.from([0xed, 0xa0, 0x80])],
    ['cut off', Uint8Array.from([0xe4, 0xb8])],
    ['lone continuation', Uint8Array.from([0x80, 0x41])],
    ['long', Buffer.from('学'.repeat(200))],
  ])('decodes %s exactly as TextDecoder does', (_name, bytes) => {
    const framed = Uint8Array.from([0x3c, ...bytes, 0x3e]);
    expect(utf8(framed, 1, framed.length - 1)).toBe(native(bytes));
  });

  it('agrees with TextDecoder on random short byte runs', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    for (let n = 0; n < 2000; n++) {
      const bytes = Uint8Array.from({ length: 1 + (n % 40) }, next);
      expect(utf8(bytes, 0, bytes.length)).toBe(native(bytes));
    }
  });
});
