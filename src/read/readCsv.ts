import { BadBytesTracker } from './csv/badBytes';
import { ControlCharTracker, hasControlChars } from './csv/controlChars';
import { DELIMITER_SAMPLE_CHARS, detectDelimiter } from './csv/delimiter';
import { DECODER_LABEL, detectCsvEncoding, type CsvEncoding } from './csv/encoding';
import { csvRow } from './csv/fieldValue';
import { CsvParser } from './csv/parser';
import { FormatError, InputFileError } from './errors';
import { ProgressCounter, type ReadOptions } from './progress';
import { sourceChunks, type ByteSource } from './source';
import type { SheetRowSink, WorkbookVisitor } from './visitor';

async function parseSource(
  source: ByteSource,
  encoding: CsvEncoding,
  sink: SheetRowSink,
  progress: ProgressCounter,
  badBytes: BadBytesTracker,
  controls: ControlCharTracker,
): Promise<void> {
  const decoder = new TextDecoder(DECODER_LABEL[encoding]); // drops a byte-order mark
  // Fields are searched for control characters only once the text has shown one.
  let dirty = false;
  const onRecord = (record: number, fields: string[]) => {
    badBytes.record(record, fields);
    if (dirty) controls.clean(record, fields);
    const row = csvRow(fields);
    if (row) sink.row(record, row);
  };
  // The separator (comma or tab) is decided on the first lines, once enough text is decoded.
  let parser: CsvParser | undefined;
  let pending = '';
  const feed = (text: string) => {
    dirty ||= hasControlChars(text);
    if (parser) return parser.write(text);
    pending += text;
    if (pending.length < DELIMITER_SAMPLE_CHARS) return;
    parser = new CsvParser(onRecord, detectDelimiter(pending));
    parser.write(pending);
    pending = '';
  };
  for await (const chunk of sourceChunks(source, 0, source.size)) {
    feed(decoder.decode(chunk, { stream: true }));
    progress.add(chunk.length);
  }
  feed(decoder.decode());
  parser ??= new CsvParser(onRecord, detectDelimiter(pending));
  parser.write(pending);
  parser.end();
}

/** The sheet name a CSV file gets: its file name without the extension, as Excel names it. */
export function csvSheetName(file: string): string {
  return file.replace(/\.[^.]*$/, '') || file;
}

/**
 * Streams a CSV (or tab-separated text) file to `visitor` as one sheet named after the file
 * (without extension). The encoding is detected (UTF-8 with or without BOM, UTF-16 with or without
 * BOM, else GB18030), and so is the separator; values come as text, so IDs keep their leading
 * zeros. Bad UTF-8 bytes are read as U+FFFD and control characters (NUL …) dropped, each reported
 * to `visitor.notice` with the first place.
 */
export async function readCsv(
  source: ByteSource,
  file: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  const decoding = await detectCsvEncoding(source);
  const progress = new ProgressCounter(source.size, options.onProgress);
  const sheet = csvSheetName(file);
  const sink = visitor.beginSheet({ file, sheet, hidden: false, displayed: true });
  if (!sink) {
    progress.finish();
    return;
  }
  const badBytes = new BadBytesTracker();
  const controls = new ControlCharTracker();
  try {
    await parseSource(source, decoding.encoding, sink, progress, badBytes, controls);
  } catch (error) {
    if (error instanceof FormatError) {
      throw new InputFileError(error.messageKey, { ...error.params, file });
    }
    throw error;
  }
  const notice = badBytes.issue(file, sheet, decoding.badSequences);
  if (notice) visitor.notice?.(notice);
  const controlNotice = controls.issue(file, sheet);
  if (controlNotice) visitor.notice?.(controlNotice);
  sink.end();
  progress.finish();
}
