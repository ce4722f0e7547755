import { tBoth, type MessageKey } from '../core/messages';

type Params = Readonly<Record<string, string | number>>;

/**
 * A problem with a file the teacher gave us (missing, old format, damaged, …): shown to the
 * teacher as a catalogue message, never as a stack trace.
 */
export class InputFileError extends Error {
  /** Builds the error; `params.file` names the file as the teacher typed it. */
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Params & { readonly file: string },
  ) {
    super(tBoth(messageKey, params));
    this.name = 'InputFileError';
  }
}

/**
 * Raised by the low-level zip/XML/CSV parsers when the bytes are not what the format promises;
 * the readers turn it into an `InputFileError` naming the file, so callers never see it.
 */
export class FormatError extends Error {
  /** `messageKey` is the `io.*` key the reader should report; extra params (e.g. `row`) ride along. */
  constructor(
    detail: string,
    readonly messageKey: MessageKey = 'io.damaged',
    readonly params: Params = {},
  ) {
    super(detail);
    this.name = 'FormatError';
  }
}
