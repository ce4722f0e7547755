import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import iconv from 'iconv-lite';
import { detectCsvEncoding, type CsvEncoding } from './csv/encoding';
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
): Promise<void> {
  const decoder = iconv.getDecoder(ICONV_NAME[encoding]); // strips a byte-order mark
  const parser = new CsvParser((record, fields) => {
    const row = csvRow(fields);
    if (row) sink.row(record, row);
  });
  for await (const chunk of createReadStream(path)) {
    parser.write(decoder.write(chunk as Buffer));
    progress.add((chunk as Buffer).length);
  }
  parser.write(decoder.end() ?? '');
  parser.end();
}

/**
 * Streams a CSV file to `visitor` as one sheet named after the file (without extension). The
 * encoding is detected (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030); values come
 * as text, so IDs keep their leading zeros.
 */
export async function readCsvRows(
  path: string,
  visitor: WorkbookVisitor,
  options: ReadOptions = {},
): Promise<void> {
  const file = basename(path);
  let encoding: CsvEncoding;
  let size: number;
  try {
    const handle = await open(path, 'r');
    try {
      size = (await handle.stat()).size;
      encoding = await detectCsvEncoding(path, handle);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw inputFsError(error, file);
  }
  const progress = new ProgressCounter(size, options.onProgress);
  const sink = visitor.beginSheet({ file, sheet: basename(path, extname(path)), hidden: false });
  if (!sink) {
    progress.finish();
    return;
  }
  try {
    await parseFile(path, encoding, sink, progress);
  } catch (error) {
    if (error instanceof FormatError) {
      throw new InputFileError(error.messageKey, { ...error.params, file });
    }
    throw inputFsError(error, file);
  }
  sink.end();
  progress.finish();
}
