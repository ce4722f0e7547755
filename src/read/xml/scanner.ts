import { FormatError } from '../errors';
import { doctypeEnd, startsDoctype } from './doctype';

/**
 * Callbacks of the streaming XML scanner. Names are local (an `x:row` prefix is dropped);
 * `attrs` is the raw attribute text (read it with `attr`), `raw` text is still entity-encoded.
 */
export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string): void;
}

// `<`, optional `/`, a name, then attributes whose quoted values may hold `>`.
const TAG = /<(\/?)([^\s/>]+)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/y;
// No single tag or text run in a spreadsheet part comes near this; more means the part is garbage.
const MAX_PENDING = 4 * 1024 * 1024;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function escapeCdata(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * A small, forgiving XML tokenizer for the machine-written parts of an .xlsx file. It takes the
 * text in arbitrary chunks and keeps only the unfinished tail between chunks, so memory stays flat.
 */
export class XmlScanner {
  private pending = '';

  /** Creates a scanner that reports to `handler`. */
  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the next piece of text. */
  write(chunk: string): void {
    const s = this.pending ? this.pending + chunk : chunk;
    let pos = 0;
    for (;;) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) break;
      if (lt > pos) this.handler.text(s.slice(pos, lt));
      pos = lt;
      const next = s.charCodeAt(lt + 1);
      const end = next === 33 || next === 63 ? this.special(s, lt) : this.tag(s, lt);
      if (end < 0) break;
      pos = end;
    }
    this.pending = s.slice(pos);
    if (this.pending.length > MAX_PENDING) throw new FormatError('XML token too long');
  }

  /** Signals the end of input; an unfinished tag means the part was cut short. */
  end(): void {
    if (this.pending.includes('<')) throw new FormatError('XML ends inside a tag');
    if (this.pending) this.handler.text(this.pending);
    this.pending = '';
  }

  private tag(s: string, lt: number): number {
    TAG.lastIndex = lt;
    const m = TAG.exec(s);
    if (!m) return -1;
    const name = localName(m[2] ?? '');
    if (m[1]) {
      this.handler.close(name);
    } else {
      const attrs = m[3] ?? '';
      const selfClosing = attrs.endsWith('/');
      this.handler.open(name, selfClosing ? attrs.slice(0, -1) : attrs, selfClosing);
      if (selfClosing) this.handler.close(name);
    }
    return TAG.lastIndex;
  }

  /** Comments, processing instructions, CDATA and DOCTYPE; returns the index after it, or -1. */
  private special(s: string, lt: number): number {
    const code = (i: number): number => s.charCodeAt(i);
    if (s.charCodeAt(lt + 2) === 0x44 && startsDoctype(code, s.length, lt)) {
      return lt + 9 > s.length ? -1 : doctypeEnd(code, s.length, lt);
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const close = s.indexOf(']]>', lt + 9);
      if (close < 0) return -1;
      this.handler.text(escapeCdata(s.slice(lt + 9, close)));
      return close + 3;
    }
    const terminator = s.startsWith('<!--', lt) ? '-->' : s.charCodeAt(lt + 1) === 63 ? '?>' : '>';
    const close = s.indexOf(terminator, lt + 2);
    return close < 0 ? -1 : close + terminator.length;
  }
}

const attrPatterns = new Map<string, RegExp>();

/** The decoded-later raw value of attribute `name` (exact, prefix included) in `attrs`, if present. */
export function attr(attrs: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}
