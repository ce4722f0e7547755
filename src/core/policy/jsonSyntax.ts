import type { Issue } from '../issue';
import type { KeySuffix, MessageKey } from '../messages';

/** Why a JSON text cannot be read: the `json.syntax.*` message that explains it. */
export type JsonSyntaxKind = KeySuffix<'json.syntax.'>;

/** The first syntax error of a JSON text, at a line and column an editor shows (both from 1). */
export interface JsonSyntaxError {
  readonly kind: JsonSyntaxKind;
  readonly line: number;
  readonly column: number;
  /** What the message quotes: the character found, the full-width mark's ASCII twin, the word. */
  readonly params: Readonly<Record<string, string>>;
}

export type JsonRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: JsonSyntaxError };

/** Marks typed in a Chinese input method, and the ASCII mark JSON needs instead. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '“': '"',
  '”': '"',
  '＂': '"',
  '‘': "'",
  '’': "'",
  '｛': '{',
  '｝': '}',
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
  '；': ',',
  '、': ',',
  '－': '-',
  '\u3000': ' ',
  '\u00a0': ' ',
};

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_TAIL = /[\d.eE+\-\p{L}]/u;
const WORD = /[\p{L}\p{N}_$]+/uy;
const WORD_START = /[\p{L}_$]/u;
const VALUE_START = /["{[\-\d]/;

interface Found {
  readonly offset: number;
  readonly kind: JsonSyntaxKind;
  readonly params?: Readonly<Record<string, string>>;
}

/** A character as a message shows it: invisible ones by their code (U+0009). */
function shownChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return /[\p{C}\p{Z}]/u.test(ch) && ch !== ' '
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : ch;
}

function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

/** A character that has no place where it stands, named as precisely as the text allows. */
function unexpected(text: string, i: number): Found {
  const ch = charAt(text, i);
  const next = text[i + 1];
  if (ch === '/' && (next === '/' || next === '*')) return { offset: i, kind: 'comment' };
  if (ch === "'") return { offset: i, kind: 'singleQuote' };
  const ascii = FULL_WIDTH[ch];
  if (ascii !== undefined) return { offset: i, kind: 'fullWidth', params: { char: ch, ascii } };
  return { offset: i, kind: 'unexpectedChar', params: { char: shownChar(ch) } };
}

function wordAt(text: string, i: number): string {
  WORD.lastIndex = i;
  return WORD.exec(text)?.[0] ?? charAt(text, i);
}

/** The end of the string opening at `start`, or why it has none. */
function scanString(text: string, start: number): number | Found {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '"') return i + 1;
    if (ch === '\n' || ch === '\r') return { offset: start, kind: 'unclosedString' };
    if (ch === '\\') {
      const esc = text[i + 1] ?? '';
      if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (esc !== '' && '"\\/bfnrt'.includes(esc)) i += 2;
      else if (esc === '') return { offset: start, kind: 'unclosedString' };
      else return { offset: i, kind: 'badEscape', params: { char: `\\${charAt(text, i + 1)}` } };
      continue;
    }
    if (ch < ' ') return { offset: i, kind: 'controlChar', params: { char: shownChar(ch) } };
    i++;
  }
  return { offset: start, kind: 'unclosedString' };
}

/** The end of the number, true, false or null at `i`, or why what stands there is none. */
function scanScalar(text: string, i: number): number | Found {
  const ch = text[i] ?? '';
  if (ch === '-' || (ch >= '0' && ch <= '9')) {
    NUMBER.lastIndex = i;
    const end = i + (NUMBER.exec(text)?.[0].length ?? 0);
    if (end > i && !NUMBER_TAIL.test(text[end] ?? '')) return end;
    const word = /[^\s,:\]}]+/y;
    word.lastIndex = i;
    return { offset: i, kind: 'badNumber', params: { word: word.exec(text)?.[0] ?? ch } };
  }
  if (WORD_START.test(charAt(text, i))) {
    const word = wordAt(text, i);
    if (word === 'true' || word === 'false' || word === 'null') return i + word.length;
    return { offset: i, kind: 'badWord', params: { word } };
  }
  return unexpected(text, i);
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after';

/**
 * The first syntax error of `text`, or undefined when it is valid JSON. Iterative (a stack of open
 * brackets), so a hostile file nested a million deep is an error message, not a stack overflow.
 */
function firstError(text: string): Found | undefined {
  const open: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let lastComma = -1;
  let i = 0;
  for (;;) {
    while (i < text.length && WS.has(text[i] ?? '')) i++;
    const ch = text[i];
    const top = open[open.length - 1];
    if (expect === 'after' && top === undefined)
      return ch === undefined ? undefined : { offset: i, kind: 'extraContent' };
    if (ch === undefined) {
      return text.trim() === ''
        ? { offset: 0, kind: 'empty' }
        : { offset: i, kind: 'unexpectedEnd' };
    }
    switch (expect) {
      case 'valueOrClose':
      case 'keyOrClose':
        if (ch === (expect === 'keyOrClose' ? '}' : ']')) {
          open.pop();
          i++;
          expect = 'after';
          break;
        }
        expect = expect === 'keyOrClose' ? 'key' : 'value';
        continue;
      case 'value': {
        if (ch === '{' || ch === '[') {
          open.push(ch);
          i++;
          expect = ch === '{' ? 'keyOrClose' : 'valueOrClose';
          break;
        }
        if ((ch === ']' || ch === '}') && lastComma >= 0 && top !== undefined)
          return { offset: lastComma, kind: 'trailingComma' };
        const end = ch === '"' ? scanString(text, i) : scanScalar(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'after';
        break;
      }
      case 'key': {
        if (ch === '}') return { offset: lastComma, kind: 'trailingComma' };
        if (ch !== '"') {
          if (WORD_START.test(charAt(text, i)))
            return { offset: i, kind: 'unquotedKey', params: { word: wordAt(text, i) } };
          return unexpected(text, i);
        }
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (ch !== ':') {
          return FULL_WIDTH[ch] !== undefined
            ? unexpected(text, i)
            : { offset: i, kind: 'missingColon' };
        }
        i++;
        expect = 'value';
        break;
      case 'after': {
        const close = top === '{' ? '}' : ']';
        if (ch === ',') {
          lastComma = i++;
          expect = top === '{' ? 'key' : 'value';
          continue;
        }
        if (ch === close) {
          open.pop();
          i++;
          break;
        }
        if (ch === '}' || ch === ']')
          return { offset: i, kind: 'mismatchedBracket', params: { char: ch } };
        if (VALUE_START.test(ch) || WORD_START.test(charAt(text, i)))
          return { offset: i, kind: 'missingComma' };
        return unexpected(text, i);
      }
    }
    // Only a comma (which continues) leaves lastComma set for the next token.
    lastComma = -1;
  }
}

/** Line and column (from 1) of a UTF-16 offset, as an editor counts: \r\n is one break, a character one column. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < offset && i < text.length) {
    const ch = text[i];
    if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      column = 1;
    } else column++;
    i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  return { line, column };
}

/**
 * Reads a JSON text the teacher wrote or saved (a byte-order mark from a Windows editor ignored);
 * on failure, where the first error is and which `json.syntax.*` message explains it, in place of
 * the engine's own English text.
 */
export function readJsonText(text: string): JsonRead {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    // The engine's message differs between engines and is in English: find the place ourselves.
    const found = firstError(body) ?? unexpected(body, 0);
    return {
      ok: false,
      error: { kind: found.kind, ...positionOf(body, found.offset), params: found.params ?? {} },
    };
  }
}

/** The catalogue key of a syntax error. */
export function jsonSyntaxKey(error: JsonSyntaxError): MessageKey {
  return `json.syntax.${error.kind}`;
}

/** A syntax error as an error issue (its message names line and column), with a settings path if given. */
export function jsonSyntaxIssue(error: JsonSyntaxError, path?: string): Issue {
  return {
    severity: 'error',
    messageKey: jsonSyntaxKey(error),
    params: { line: error.line, column: error.column, ...error.params },
    ...(path !== undefined ? { path } : {}),
  };
}
