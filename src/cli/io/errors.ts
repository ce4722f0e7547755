import { tBoth, type MessageKey } from '../../core/messages';

type Params = Readonly<Record<string, string | number>>;

/** A file we could not write (locked by Excel, no permission, …); shaped like `InputFileError`. */
export class OutputFileError extends Error {
  /** Builds the error; `params.file` names the output file. */
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Params & { readonly file: string },
  ) {
    super(tBoth(messageKey, params));
    this.name = 'OutputFileError';
  }
}
