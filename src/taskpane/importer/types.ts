import type { SheetGrid } from '../../core/tables';
import type { MessageKey } from '../../core/messages';
import type { Issue } from '../../core/issue';

/** One file the teacher picked, read into sheets (a CSV file gives one sheet). */
export interface ImportedFile {
  readonly name: string;
  readonly sheets: readonly SheetGrid[];
  /** Rows over all its sheets, for the pane's list. */
  readonly rows: number;
  /** What the reader worked around (bad bytes in a CSV, …), shown with the file. */
  readonly notices?: readonly Issue[];
}

/** A file that could not be read, as a catalogue message (`io.*`) naming it. */
export interface ImportFailure {
  readonly name: string;
  readonly messageKey: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export type ImportResult =
  | { readonly ok: true; readonly file: ImportedFile }
  | { readonly ok: false; readonly failure: ImportFailure };

/**
 * A picked file as the pane hands it to a reader (in a worker or not): its name and the File
 * itself, which a worker receives without copying and reads slice by slice.
 */
export interface PickedFile {
  readonly name: string;
  readonly blob: Blob;
}

/** How far an import has got: bytes of all the picked files read, and the rows read so far. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly rows: number;
}

/** What a reader may be told besides the files: whom to tell of progress, and when to stop. */
export interface ImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops the reading; the promise then rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

/** Reads picked files into sheets; the worker-backed and the in-page readers share this shape. */
export type ImportReader = (
  files: readonly PickedFile[],
  options?: ImportOptions,
) => Promise<ImportResult[]>;
