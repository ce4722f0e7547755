import iconv from 'iconv-lite';
import type { CellOut } from '../xlsx/table';

function field(v: CellOut): string {
  if (v === null) return '';
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with CRLF line ends, as Excel and the school systems write it. */
export function csvText(headers: readonly string[], rows: readonly (readonly CellOut[])[]): string {
  return [headers, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** CSV bytes: UTF-8 with a byte-order mark, or GB18030 (what Excel on a Chinese Windows saves). */
export function csvBytes(text: string, encoding: 'utf8-bom' | 'gb18030'): Buffer {
  if (encoding === 'utf8-bom')
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  return iconv.encode(text, 'gb18030');
}
