import iconv from 'iconv-lite';
import { cellString } from './grids';
import type { SpecFile, SpecSheet } from './spec';
import { xlsxBytes } from './xlsx';

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A sheet as CSV text, the way Excel's "CSV (逗号分隔)" saves it (CRLF, quotes only when needed). */
export function csvText(sheet: SpecSheet): string {
  return sheet.rows
    .map((row) => row.map((cell) => csvField(cellString(cell))).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** The bytes of one generated input file. */
export async function fileBytes(file: SpecFile): Promise<Uint8Array> {
  if ('bytes' in file) return file.bytes;
  if ('build' in file) return file.build();
  if ('sheets' in file) return xlsxBytes(file.sheets);
  if ('truncated' in file) return (await xlsxBytes(file.truncated)).slice(0, file.keep);
  const text = csvText(file.csv);
  if (file.encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
}
