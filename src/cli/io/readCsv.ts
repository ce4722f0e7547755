import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import iconv from 'iconv-lite';
import { BadBytesTracker } from './csv/badBytes';
import { DELIMITER_SAMPLE_CHARS, detectDelimiter } from './csv/delimiter';
import { detectCsvEncoding, type CsvDecoding, type CsvEncoding } from './csv/encoding';
import { csvRow } from './csv/fieldValue';
import { CsvParser } from './csv/parser';
import { FormatError, InputFileError } from './errors';
import { inputFsError } from './fsErrors';
import { ProgressCounter, type ReadOptions } from './progress';
import type { SheetRowSink, WorkbookVisitor } from './visitor';

const ICONV_NAME: Readonly<Record<CsvEncoding, string>> = {
  utf8: 'utf8',
  'utf8-bom': 'utf8',
  gb18030: 'gb18030',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
};

async function parseFile(
  path: string,
  encoding: CsvEncoding,
  sink: SheetRowSink,
  progress: ProgressCounter,
  badBytes: BadBytesTracker,
): Promise<void> {
  const decoder = iconv.getDecoder(ICONV_NAME[encoding]); // strips a byte-order mark
  const onRecord = (record: number, fields: string[]) => {
    badBytes.record(record, fields);
    const row = csvRow(fields);
    if (row) sink.row(record, row);
  };
  // The separator (comma or tab) is decided on the first lines, once enough text is decoded.
  let parser: CsvParser | undefined;
  let pending = '';
  const feed = (text: string) => {
    if (parser) return parser.write(text);
    pending += text;
    if (pending.length < DELIMITER_SAMPLE_CHARS) return;
    parser = new CsvParser(onRecord, detectDelimiter(pending));
    parser.write(pending);
    pending = '';
  };
  for await (const chunk of createReadStream(path)) {
    feed(decoder.write(chunk as Buffer));
    progress.add((chunk as Buffer).length);
  }
  feed(decoder.end() ?? '');
  parser ??= new CsvParser(onRecord, detectDelimiter(pending));
  parser.write(pending);
  parser.end();
}

/**
 * Streams a CSV (or tab-separated text) file to `visitor` as one sheet named after the file
 * (without extension). The encoding is detected (UTF-8 with or without BOM, UTF-16 with or without
 * BOM, else GB18030), and so is the separator; values come as text, so IDs keep their leading
 * zeros. Bad UTF-8 bytes are read as U+FFFD and reported to `visitor.notice` with their place.
 */
export async function readCsvRows(
  path: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  const file = basename(path);
  let decoding: CsvDecoding;
  let size: number;
  try {
    const handle = await open(path, 'r');
    try {
      size = (await handle.stat()).size;
      decoding = await detectCsvEncoding(path, handle);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw inputFsError(error, file);
  }
  const progress = new ProgressCounter(size, options.onProgress);
  const sheet = basename(path, extname(path));
  const sink = visitor.beginSheet({ file, sheet, hidden: false });
  if (!sink) {
    progress.finish();
    return;
  }
  const badBytes = new BadBytesTracker();
  try {
    await parseFile(path, decoding.encoding, sink, progress, badBytes);
  } catch (error) {
    if (error instanceof FormatError) {
      throw new InputFileError(error.messageKey, { ...error.params, file });
    }
    throw inputFsError(error, file);
  }
  const notice = badBytes.issue(file, sheet, decoding.badSequences);
  if (notice) visitor.notice?.(notice);
  sink.end();
  progress.finish();
}
