import { FormatError } from '../errors';
import { LIMITS, shownLimit } from '../limits';
import { detach } from '../xml/text';
import type { Delimiter } from './delimiter';

/** Receives each CSV record with its 1-based record number (the row Excel shows it in). */
export type RecordHandler = (recordNumber: number, fields: string[]) => void;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
  AfterCr,
}

const UNQUOTED_RUNS: Readonly<Record<Delimiter, RegExp>> = {
  ',': /[^,\r\n]*/y,
  '\t': /[^\t\r\n]*/y,
};

/**
 * An RFC 4180 CSV parser fed in chunks: quoted fields with `""`, commas and line breaks inside,
 * CRLF/LF/CR line ends. Like Excel it is lenient with a stray quote inside an unquoted field, but
 * an unclosed quote at the end of the file is an error, since it would swallow the rest.
 * The separator is a comma, or a tab for tab-separated text.
 */
export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private fields: string[] = [];
  private record = 1;
  private quoteStartRecord = 0;
  /** Characters of the record being read so far: its fields and the separators between them. */
  private recordChars = 0;

  private readonly unquotedRun: RegExp;
  private readonly delimiter: number;

  /** Creates a parser that reports to `onRecord`, splitting fields at `delimiter`. */
  constructor(
    private readonly onRecord: RecordHandler,
    delimiter: Delimiter = ',',
  ) {
    this.unquotedRun = UNQUOTED_RUNS[delimiter];
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Feeds the next piece of decoded text. */
  write(chunk: string): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      switch (this.state) {
        case State.AfterCr:
          this.state = State.FieldStart;
          if (chunk.charCodeAt(i) === 10) i++;
          break;
        case State.FieldStart:
          if (chunk.charCodeAt(i) === 34) {
            this.state = State.Quoted;
            this.quoteStartRecord = this.record;
            i++;
          } else {
            this.state = State.Unquoted;
          }
          break;
        case State.Unquoted: {
          const run = this.unquotedRun;
          run.lastIndex = i;
          run.exec(chunk);
          const end = run.lastIndex;
          this.grow(end - i);
          this.field += chunk.slice(i, end);
          i = end;
          if (i < n) i = this.separator(chunk.charCodeAt(i), i);
          break;
        }
        case State.Quoted: {
          const quote = chunk.indexOf('"', i);
          this.grow((quote < 0 ? n : quote) - i);
          this.field += chunk.slice(i, quote < 0 ? n : quote);
          if (quote < 0) return;
          this.state = State.QuoteInQuoted;
          i = quote + 1;
          break;
        }
        case State.QuoteInQuoted: {
          const code = chunk.charCodeAt(i);
          if (code === 34) {
            this.grow(1);
            this.field += '"';
            this.state = State.Quoted;
            i++;
          } else if (code === this.delimiter || code === 10 || code === 13) {
            i = this.separator(code, i);
          } else {
            this.state = State.Unquoted; // `"ab"c` reads as `abc`, as in Excel
          }
          break;
        }
      }
    }
  }

  /** Ends the input: flushes a last record without a line break, rejects an unclosed quote. */
  end(): void {
    if (this.state === State.Quoted) {
      throw new FormatError('unclosed quote', 'io.csvQuote', { row: this.quoteStartRecord });
    }
    if (this.state === State.FieldStart && this.fields.length === 0) return;
    if (this.state !== State.AfterCr) this.endRecord();
  }

  /**
   * Counts `chars` more of the current record. Past the bound the record is refused at the row it
   * started on, before its text is held: a row without an end would otherwise grow to the file's size.
   */
  private grow(chars: number): void {
    this.recordChars += chars;
    if (this.recordChars <= LIMITS.csvRowChars) return;
    throw new FormatError('CSV row too long', 'io.csvRowTooLong', {
      row: this.record,
      limit: shownLimit(LIMITS.csvRowChars),
    });
  }

  /** Handles a separator or line break at `i`; returns the index after it. */
  private separator(code: number, i: number): number {
    this.grow(1);
    this.fields.push(detach(this.field));
    this.field = '';
    if (code === this.delimiter) {
      this.state = State.FieldStart;
    } else {
      this.emit();
      this.state = code === 13 ? State.AfterCr : State.FieldStart;
    }
    return i + 1;
  }

  private endRecord(): void {
    this.fields.push(detach(this.field));
    this.field = '';
    this.emit();
  }

  private emit(): void {
    const fields = this.fields;
    this.fields = [];
    this.recordChars = 0;
    this.onRecord(this.record++, fields);
  }
}
