import { positionOf, readJsonText } from './jsonSyntax';

const errorOf = (text: string) => {
  const read = readJsonText(text);
  if (read.ok) throw new Error(`valid: ${text}`);
  return [read.error.kind, read.error.line, read.error.column];
};

describe('readJsonText', () => {
  it('reads valid JSON, a byte-order mark ignored', () => {
    expect(readJsonText('\uFEFF{"a": [1, -2.5e3, true, null, "x\\n"]}')).toEqual({
      ok: true,
      value: { a: [1, -2500, true, null, 'x\n'] },
    });
  });

  it.each([
    ['', 'empty', 1, 1],
    ['{"a": 1,}', 'trailingComma', 1, 8],
    ['[1,\n 2,\n]', 'trailingComma', 2, 3],
    ['{"a": 1 "b": 2}', 'missingComma', 1, 9],
    ['{"a" 1}', 'missingColon', 1, 6],
    ['{"a"：1}', 'fullWidth', 1, 5],
    ["{'a': 1}", 'singleQuote', 1, 2],
    ['{"a": 1} // note', 'extraContent', 1, 10],
    ['// note\n{}', 'comment', 1, 1],
    ['{"a": 01}', 'badNumber', 1, 7],
    ['{"a": 85分}', 'badNumber', 1, 7],
    ['{"a": True}', 'badWord', 1, 7],
    ['{"a": "x\n"}', 'unclosedString', 1, 7],
    ['{"a": "C:\\d"}', 'badEscape', 1, 10],
    ['{"a": "\t"}', 'controlChar', 1, 8],
    ['{"a": [1}', 'mismatchedBracket', 1, 9],
    ['{"学习部": 1,\r\n "a": @}', 'unexpectedChar', 2, 7],
    ['{"a": {', 'unexpectedEnd', 1, 8],
  ])('%j: %s at line %d column %d', (text, kind, line, column) => {
    expect(errorOf(text)).toEqual([kind, line, column]);
  });

  it('answers a hostile nesting a million deep without overflowing the stack', () => {
    expect(errorOf('['.repeat(1_000_000))[0]).toBe('unexpectedEnd');
  });

  it('counts a character outside the BMP as one column', () => {
    expect(positionOf('"😀x', 3)).toEqual({ line: 1, column: 3 });
  });
});
