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
  /** Keep each sheet's rows up to this Excel row only; the rest are read and counted, not kept. */
  readonly keepRows?: number;
}

/**
 * A file imported for the check, as the pane holds it: the File, which the check reads again
 * where the engine runs, and each sheet's first rows for discovery. A million-row export never
 * sits in the pane's memory, and its rows never cross to the engine in messages.
 */
export interface HeldImport {
  readonly picked: PickedFile;
  /** Each sheet's rows up to Excel row `headRows` (`rows[n - 1]` is row n). */
  readonly heads: readonly SheetGrid[];
  /** The last row the heads hold: the check takes the rows after it from the file. */
  readonly headRows: number;
}

/** Reads picked files into sheets; the worker-backed and the in-page readers share this shape. */
export type ImportReader = (
  files: readonly PickedFile[],
  options?: ImportOptions,
) => Promise<ImportResult[]>;
